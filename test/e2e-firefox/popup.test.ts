/** The popup and options pages in Firefox: the four tabs, and the notice when Seller Central access is off. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { type PopupTabName, TAB_READY } from '../support/ui';
import {
  FIREFOX_EXTENSION_DIR,
  type FirefoxExtension,
  type InExtension,
  launchFirefoxExtension,
} from './support/firefox-browser';
import { attributeOf, clickText, countOf, textOf, waitFor } from './support/page-actions';

const SE_HOME = 'https://sellercentral.amazon.se/home';
const US_HOME = 'https://sellercentral.amazon.com/home';
const TABS: readonly PopupTabName[] = ['Status', 'Checklists', 'Removal orders', 'Cases'];

let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxExtension();
  firefox.serveFixture(SE_HOME, 'home-sv.html');
  firefox.serveFixture(US_HOME, 'home-en.html');
});

afterAll(async () => {
  await firefox?.close();
});

/** Whether the content script reported a tab at this URL to the background. */
const reported = async (url: string) =>
  Object.values(await firefox.storage('session')).some((entry) => (entry as { url?: string })?.url === url);

const sellerCentralAccess = (given: boolean) =>
  firefox.inExtension(
    async ([origins, give]) => {
      const { permissions } = (globalThis as unknown as InExtension).browser;
      // Taking access back is what a seller does in about:addons → Permissions.
      if (!give) await permissions.remove({ origins });
      return permissions.contains({ origins });
    },
    [[...SELLER_CENTRAL_MATCHES] as string[], given] as const,
  );

describe('the Firefox this suite runs', () => {
  it('is at least the strict_min_version the build declares', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const minimum = Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
    const running = Number.parseInt((await firefox.browser.version()).replace(/^firefox\//, ''), 10);
    expect(running).toBeGreaterThanOrEqual(minimum);
  });
});

describe('the popup in Firefox', () => {
  it('reports the Seller Central tab and opens each of its four tabs', async () => {
    const page = await firefox.openSellerCentral(SE_HOME);
    await expect.poll(() => reported(SE_HOME), { timeout: 10_000 }).toBe(true);
    const popup = await firefox.openPopup();
    await expect.poll(() => textOf(popup, '[data-testid="status-marketplace"]')).toBe('Sweden (SE)');
    expect(await attributeOf(popup, '[data-testid="status-kind"]', 'data-kind')).toBe('home');
    for (const tab of TABS) {
      await clickText(popup, '[role="tab"]', tab);
      await waitFor(popup, TAB_READY[tab]);
      expect(await textOf(popup, '[role="tab"][aria-selected="true"]')).toBe(tab);
    }
    // The Cases tab links to the case log of the tab's own marketplace.
    await expect.poll(() => popup.evaluate(() => document.body.textContent)).toMatch(/sellercentral\.amazon\.se/);
    expect(await countOf(popup, '[data-testid="host-access-notice"]')).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('access to Seller Central, which Firefox lets a seller take back', () => {
  let popup: Page;

  it('without access the content script never runs, and the popup and options say so', async () => {
    expect(await sellerCentralAccess(false)).toBe(false);
    const page = await firefox.openSellerCentral(US_HOME);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await reported(US_HOME)).toBe(false);
    await page.close();

    const options = await firefox.openOptions();
    await waitFor(options, '[data-testid="host-access-notice"]');
    expect(await textOf(options, '#host-access-heading')).toBe('Seller Central is switched off for the companion');
    await options.close();
    popup = await firefox.openPopup();
    await waitFor(popup, '[data-testid="host-access-notice"]');
  });

  it('the button asks Firefox for access; once given, the notice goes and Seller Central pages are read again', async () => {
    await clickText(popup, '[data-testid="host-access-notice"] button', 'Allow access to Seller Central');
    await expect.poll(() => countOf(popup, '[data-testid="host-access-notice"]'), { timeout: 10_000 }).toBe(0);
    expect(await sellerCentralAccess(true)).toBe(true);
    const page = await firefox.openSellerCentral(US_HOME);
    await expect.poll(() => reported(US_HOME), { timeout: 10_000 }).toBe(true);
    await page.close();
    await popup.close();
  });
});
