/**
 * What the Chromium suite gets from Playwright's locators, for puppeteer pages in Firefox:
 * find an element by its text, click it with real input, read text and attributes, and wait.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

/** The first element matching `selector` whose trimmed text is `text` (or matches it). */
export async function byText(page: Page, selector: string, text: string | RegExp): Promise<ElementHandle<Element>> {
  const end = Date.now() + 10_000;
  for (;;) {
    for (const handle of await page.$$(selector)) {
      const own = (await handle.evaluate((element) => element.textContent ?? '')).trim();
      if (typeof text === 'string' ? own === text : text.test(own)) return handle;
      await handle.dispose();
    }
    if (Date.now() > end) throw new Error(`no ${selector} with text ${String(text)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks (real pointer input, so it counts as the seller's gesture) the element with that text. */
export async function clickText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  const handle = await byText(page, selector, text);
  await handle.click();
  await handle.dispose();
}

export async function clickSelector(page: Page, selector: string): Promise<void> {
  const handle = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  if (!handle) throw new Error(`no ${selector}`);
  await handle.click();
  await handle.dispose();
}

export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

export function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  return page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const);
}

export function countOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => document.querySelectorAll(s).length, selector);
}

export async function waitFor(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 10_000 });
}
