import { browser } from 'wxt/browser';

/**
 * Opens the toolbar popup, or the same page in a tab where it cannot open: no focused window, or
 * a browser that allows openPopup only from its own UI. A tab works everywhere.
 */
export async function openPopupOrTab(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

/** A click on one of our notifications (its id starts with `prefix`) clears it and opens the popup. */
export async function openPopupFromNotification(prefix: string, id: string): Promise<void> {
  if (!id.startsWith(prefix)) return;
  await browser.notifications.clear(id);
  await openPopupOrTab();
}

/** Registers openPopupFromNotification for one prefix of notification ids. */
export function openPopupOnClick(prefix: string): void {
  browser.notifications.onClicked.addListener((id) => {
    void openPopupFromNotification(prefix, id).catch((error) => console.error('[scc] notification failed', error));
  });
}
