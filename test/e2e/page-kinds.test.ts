/**
 * Issue #13: the popup names the Seller Central page in front. Payments, disbursements and the
 * notification centre were "Other Seller Central page" (the Swedish payments page among them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';
import { openSellerCentral } from '../support/ui';

const PAGES = [
  ['https://sellercentral.amazon.se/payments/dashboard/index.html/ref=xx_payments_dnav_xx', 'payments', 'Payments'],
  ['https://sellercentral.amazon.com/payments/disburse/details', 'disbursements', 'Disbursements'],
  ['https://sellercentral.amazon.de/notifications/preferences', 'notification-center', 'Notification centre'],
  ['https://sellercentral.amazon.com/cu/case-lobby', 'case-log', 'Case log'],
] as const;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  for (const [url] of PAGES)
    await browser.serve(url, '<!doctype html><html lang="sv-SE"><title>Seller Central</title><h1>Seller Central</h1>');
});

afterAll(async () => {
  await browser?.close();
});

describe('the popup names the page kind of the tab in front', () => {
  for (const [url, kind, label] of PAGES) {
    it(`${new URL(url).host}${new URL(url).pathname} is "${label}"`, async () => {
      const page = await openSellerCentral(browser, url);
      const popup = await browser.openPopup();
      const status = popup.getByTestId('status-kind');
      await expect.poll(() => status.getAttribute('data-kind')).toBe(kind);
      expect(await status.textContent()).toBe(label);
      await popup.close();
      await page.close();
    });
  }
});
