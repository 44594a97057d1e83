/**
 * Pseudo-localized layout (issue #15), in real Chromium: with every message accented and 40%
 * longer, no text is clipped or overflows its box in the popup at 400 px (every tab), the options
 * page, the Plan of Action page and the in-page overlay; and none either with the pages mirrored
 * right to left. Screenshots go to test-output/screenshots/pseudo-*.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchExtensionBrowser,
  readFixture,
} from '../support/extension-browser';
import { FIND_OVERFLOW, writePseudoLocalizedExtension } from '../support/pseudo-locale';
import { screenshot } from '../support/screenshots';

const HEALTH = 'https://sellercentral.amazon.com/performance/dashboard';

let browser: ExtensionBrowser;
let dir: string;

beforeAll(async () => {
  dir = writePseudoLocalizedExtension(EXTENSION_DIR);
  browser = await launchExtensionBrowser({ extensionDir: dir });
  await browser.serve(HEALTH, readFixture('detect/deactivated-en-dashboard.html'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const overflowIn = (page: Page) => page.evaluate(FIND_OVERFLOW) as Promise<string[]>;

async function mirrored(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
  });
}

describe.each(['ltr', 'rtl'] as const)('pseudo-localized, %s', (direction) => {
  it('the popup fits 400 px on every tab', async () => {
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('#markets-heading').waitFor();
    if (direction === 'rtl') await mirrored(popup);
    const tabs = popup.getByRole('tab');
    expect(await tabs.count()).toBe(4);
    for (let index = 0; index < 4; index += 1) {
      await tabs.nth(index).click();
      await expect.poll(() => tabs.nth(index).getAttribute('aria-selected')).toBe('true');
      await popup.locator('[role="tabpanel"]:not([hidden]) *').first().waitFor();
      await popup.waitForTimeout(300);
      expect(await overflowIn(popup), `tab ${index + 1}`).toEqual([]);
      await screenshot(popup, `pseudo-${direction}-popup-tab${index + 1}`);
    }
    await popup.close();
  });

  it('the options page and the Plan of Action page keep every text in its box', async () => {
    const options = await browser.openOptions();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.locator('#language option').first().waitFor({ state: 'attached' });
    if (direction === 'rtl') await mirrored(options);
    expect(await overflowIn(options)).toEqual([]);
    await screenshot(options, `pseudo-${direction}-options`);
    await options.close();
    const poa = await browser.context.newPage();
    await poa.setViewportSize({ width: 1000, height: 900 });
    await poa.goto(`chrome-extension://${browser.extensionId}/poa.html?market=US`);
    await expect.poll(() => poa.locator('.poa-layout').getAttribute('data-loaded')).toBe('true');
    if (direction === 'rtl') await mirrored(poa);
    expect(await overflowIn(poa)).toEqual([]);
    await screenshot(poa, `pseudo-${direction}-poa`);
    await poa.close();
  });

  it('the overlay card keeps every text in its box', async () => {
    const page = await browser.context.newPage();
    await page.goto(HEALTH);
    const card = page.locator('[data-scc-account-state="deactivated"] section[role="region"]');
    await card.waitFor({ timeout: 10_000 });
    if (direction === 'rtl')
      await page.evaluate(() =>
        document
          .querySelector('[data-scc-account-state]')
          ?.shadowRoot?.querySelector('section')
          ?.setAttribute('dir', 'rtl'),
      );
    const inCard = (await overflowIn(page)).filter((line) => !line.startsWith('page:'));
    expect(inCard).toEqual([]);
    await screenshot(page, `pseudo-${direction}-overlay`);
    await page.close();
  });
});
