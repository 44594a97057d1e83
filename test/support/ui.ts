/** The extension's pages driven the way a seller uses them: the popup's tabs, adding a case, a checklist. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LanguageSetting } from '@/lib/storage/items/settings';
import type { ExtensionBrowser } from './extension-browser';

export type PopupTabName = 'Status' | 'Checklists' | 'Removal orders' | 'Cases';

/** What each tab shows once it has loaded. */
export const TAB_READY: Readonly<Record<PopupTabName, string>> = {
  Status: '#markets-heading',
  Checklists: 'section.checklists',
  'Removal orders': '#removal-seen-heading',
  Cases: '[data-testid="cases-tab"]',
};

/** A Seller Central page (served by the test), in front, as the tab the popup reports on. */
export async function openSellerCentral(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** The popup page at its real width, on a tab. */
export async function openPopup(browser: ExtensionBrowser, tab: PopupTabName = 'Status'): Promise<Page> {
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await showTab(popup, tab);
  return popup;
}

export async function showTab(popup: Page, tab: PopupTabName): Promise<void> {
  await popup.getByRole('tab', { name: tab, exact: true }).click();
  await popup.locator(TAB_READY[tab]).first().waitFor();
}

/**
 * Adds a case through the Cases tab's form; resolves once its editor is open. When nothing
 * names the case's marketplace (no link in the text, no Seller Central tab in front) the form
 * asks, and `marketplace` answers.
 */
export async function addCase(popup: Page, paste: string, title = '', marketplace = 'US'): Promise<void> {
  await popup.getByRole('button', { name: 'Add case' }).click();
  await popup.getByLabel('Case ID, case link or the case summary').fill(paste);
  if (title) await popup.locator('#case-add-title').fill(title);
  const choice = popup.locator('#case-add-marketplace');
  if ((await choice.inputValue()) === '') await choice.selectOption(marketplace);
  await popup.getByTestId('add-case-form').getByRole('button', { name: 'Save', exact: true }).click();
  await popup.getByTestId('case-editor').waitFor();
}

/** From the editor back to the list. */
export async function backToCases(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: '← All cases' }).click();
  await popup.getByTestId('case-list').waitFor();
}

export async function openCase(popup: Page, id: string): Promise<void> {
  await popup.locator(`[data-case-id="${id}"] button`).first().click();
  await expect.poll(() => popup.getByTestId('case-editor').getAttribute('data-case-id')).toBe(id);
}

/** On the Checklists tab: picks the marketplace and opens a checklist. */
export async function openChecklist(popup: Page, market: string, checklist: string): Promise<void> {
  await popup.locator('#checklist-market').selectOption(market);
  await expect.poll(() => popup.locator('section.checklists').getAttribute('data-market')).toBe(market);
  await popup.locator(`[data-checklist="${checklist}"]`).click();
  await expect.poll(() => popup.locator('[data-open-checklist]').getAttribute('data-open-checklist')).toBe(checklist);
}

/** The Plan of Action workspace of a marketplace, loaded. */
export async function openPoa(browser: ExtensionBrowser, market: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/poa.html?market=${market}`);
  await expect.poll(() => page.locator('.poa-layout').getAttribute('data-loaded')).toBe('true');
  return page;
}

/** Sets the extension's UI language on the options page, as a seller does. */
export async function setUiLanguage(browser: ExtensionBrowser, language: LanguageSetting): Promise<void> {
  const options = await browser.openOptions();
  await options.locator('#language').selectOption(language);
  if (language !== 'auto')
    await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe(language);
  await options.close();
}

/** A local `datetime-local` value for a time: 2025-05-03T12:00. */
export function localDateTime(at: number): string {
  const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

/** Waits until `check` holds (for hooks, where expect.poll is not allowed). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
