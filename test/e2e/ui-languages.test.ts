/**
 * The extension in the seller's language (issue #15), in real Chromium: with the language on
 * "auto" the overlay speaks the Seller Central page's own language (French on a French page in
 * an English browser), the popup and the options page follow a pinned language (Japanese), and
 * the options page names every language in its own words; axe finds nothing in the popup in any
 * language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { languageName } from '@/lib/lang/languages';
import fr from '@/public/_locales/fr/messages.json';
import ja from '@/public/_locales/ja/messages.json';
import { runAxe } from '../support/axe';
import { type ExtensionBrowser, launchExtensionBrowser, readFixture } from '../support/extension-browser';
import { FIND_OVERFLOW } from '../support/pseudo-locale';
import { screenshot } from '../support/screenshots';
import { setUiLanguage } from '../support/ui';

const FRENCH_PAGE = 'https://sellercentral.amazon.fr/myinventory/inventory?fulfilledBy=all';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serve(FRENCH_PAGE, readFixture('detect/deactivated-fr-inventory.html'));
});

afterAll(async () => {
  await browser?.close();
});

describe('languages', () => {
  it('the overlay speaks French on a French Seller Central page, the language on "auto"', async () => {
    const page = await browser.context.newPage();
    await page.goto(FRENCH_PAGE);
    const card = page.locator('[data-scc-account-state="deactivated"] section[role="region"]');
    await expect
      .poll(() => card.locator('h3').first().textContent(), { timeout: 10_000 })
      .toBe(fr.overlay_whatItMeans.message);
    expect(await card.textContent()).toContain(fr.overlay_deactivated_title.message);
    await screenshot(page, 'overlay-deactivated-fr');
    await page.close();
  });

  it('the popup and the options page speak Japanese when the seller pins it', async () => {
    await setUiLanguage(browser, 'ja');
    try {
      const popup = await browser.openPopup();
      await popup.setViewportSize({ width: 400, height: 600 });
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('ja');
      for (const key of ['tabStatus', 'tabChecklists', 'tabRemoval', 'tabCases'] as const)
        await popup.getByRole('tab', { name: ja[key].message, exact: true }).waitFor();
      await popup.locator('#markets-heading').waitFor();
      await screenshot(popup, 'popup-status-ja');
      await popup.close();
    } finally {
      await setUiLanguage(browser, 'auto');
    }
  });

  it('the options page offers every language in its own name', async () => {
    const options = await browser.openOptions();
    const choices = options.locator('#language option');
    await expect.poll(() => choices.count()).toBe(UI_LANGUAGES.length + 1);
    const names = await choices.allTextContents();
    for (const language of UI_LANGUAGES) expect(names).toContain(languageName(language));
    expect(names).toContain('Français');
    expect(names).toContain('日本語');
    await options.close();
  });
});

describe('accessible in every language', () => {
  it.each(UI_LANGUAGES)(
    '%s: axe finds nothing in the popup, and no text overflows at 400 px, on any tab',
    async (language) => {
      await browser.setStorage('sync', { settings: { language, followUpHours: 48 }, settings$: { v: 2 } });
      const popup = await browser.openPopup();
      try {
        await popup.setViewportSize({ width: 400, height: 600 });
        await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe(language);
        const tabs = popup.getByRole('tab');
        for (let index = 0; index < 4; index += 1) {
          await tabs.nth(index).click();
          await popup.locator('[role="tabpanel"]:not([hidden]) *').first().waitFor();
          const outcome = await runAxe(popup);
          expect(outcome.passedNodes, `${language} tab ${index + 1}: axe checked nothing`).toBeGreaterThan(0);
          expect(outcome.details, `${language} tab ${index + 1}`).toEqual([]);
          expect(await popup.evaluate(FIND_OVERFLOW), `${language} tab ${index + 1}`).toEqual([]);
        }
      } finally {
        await popup.close();
        await browser.setStorage('sync', { settings: { language: 'auto', followUpHours: 48 }, settings$: { v: 2 } });
      }
    },
  );
});

describe('right to left', () => {
  it('the popup in Arabic is mirrored, and the overlay card reads right to left', async () => {
    await setUiLanguage(browser, 'ar');
    try {
      const popup = await browser.openPopup();
      await popup.setViewportSize({ width: 400, height: 600 });
      await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ar');
      const tabs = popup.getByRole('tab');
      const first = await tabs.first().boundingBox();
      const last = await tabs.last().boundingBox();
      // Mirrored: the first tab is on the right.
      expect((first?.x ?? 0) > (last?.x ?? 0)).toBe(true);
      await screenshot(popup, 'popup-status-ar');
      await popup.close();
      const page = await browser.context.newPage();
      await page.goto(FRENCH_PAGE);
      const card = page.locator('[data-scc-account-state="deactivated"] section[role="region"]');
      await expect.poll(() => card.getAttribute('dir'), { timeout: 10_000 }).toBe('rtl');
      expect(await card.getAttribute('lang')).toBe('ar');
      // The page's own words keep their direction.
      expect(await card.locator('blockquote').getAttribute('dir')).toBe('auto');
      await screenshot(page, 'overlay-deactivated-ar');
      await page.close();
    } finally {
      await setUiLanguage(browser, 'auto');
    }
  });
});
