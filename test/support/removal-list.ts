import type { Page } from 'playwright-core';

/** One drawn row of the popup's imported removal list, as the seller reads it. */
export interface ListedOrder {
  readonly orderId: string;
  readonly shownId: string;
  readonly skus: string;
  readonly status: string;
  readonly eligibility: string;
}

const SCROLL_BOX = '[data-testid="removal-import-scroll"]';

/** The rows drawn now, top to bottom, once the rows in view have arrived from the report worker. */
export async function drawnOrders(popup: Page): Promise<ListedOrder[]> {
  await popup.locator(`${SCROLL_BOX}[aria-busy="false"]`).waitFor();
  return popup.locator('[data-testid="removal-import-row"]').evaluateAll((rows) =>
    rows.map((row) => ({
      orderId: row.getAttribute('data-order-id') ?? '',
      shownId: row.querySelector('.removal-id')?.textContent ?? '',
      skus: row.querySelector('th .removal-skus')?.textContent ?? '',
      status: row.querySelector('td .removal-skus')?.textContent ?? '',
      eligibility: row.getAttribute('data-eligibility') ?? '',
    })),
  );
}

/**
 * Every order of the list in its order: the list is virtual (only rows near the view exist), so
 * it is read a view at a time while scrolling from the top to the bottom.
 */
export async function everyListedOrder(popup: Page): Promise<ListedOrder[]> {
  const box = popup.locator(SCROLL_BOX);
  await box.evaluate((element) => {
    element.scrollTop = 0;
  });
  const seen = new Map<string, ListedOrder>();
  for (;;) {
    // A frame for the virtual list to hear the scroll and draw the rows now in view.
    await popup.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    for (const order of await drawnOrders(popup)) seen.set(order.orderId, order);
    const atEnd = await box.evaluate((element) => {
      if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) return true;
      element.scrollTop += Math.max(1, Math.floor(element.clientHeight * 0.75));
      return false;
    });
    if (atEnd) break;
  }
  return [...seen.values()];
}
