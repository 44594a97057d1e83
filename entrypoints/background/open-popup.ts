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
