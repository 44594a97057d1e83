/**
 * `npm run screenshots`: the popup (every tab), the in-page overlay and the options page in
 * every UI language, in real Chromium from the built extension, into docs/screenshots/<code>/.
 * The popup is shown at its real 400 px width, with a few saved cases and a marketplace state
 * so the tabs are not empty. For reading each language as a seller sees it (issue #15). Japanese,
 * Chinese and Arabic need fonts a bare Debian lacks: see docs/screenshots/README.md.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { launchExtensionBrowser, ROOT, readFixture } from '../support/extension-browser';
import { caseRecord } from '../unit/cases/fixtures';

const OUT = join(ROOT, 'docs/screenshots');
const HEALTH = 'https://sellercentral.amazon.com/performance/dashboard';
const T = Date.UTC(2026, 10, 20, 9, 30);

// A case waiting for Amazon, its follow-up long overdue: the Cases tab shows a row and its line.
const CASE = caseRecord({
  marketplace: 'sellercentral.amazon.com',
  createdAt: T,
  lastContactAt: T,
  lastSentAt: T,
  updatedAt: T,
});

async function shoot(page: Page, path: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path, fullPage });
}

const browser = await launchExtensionBrowser();
await browser.serve(HEALTH, readFixture('detect/deactivated-en-dashboard.html'));
await browser.setStorage('sync', { [`case:${CASE.id}`]: CASE });
try {
  for (const language of UI_LANGUAGES) {
    const dir = join(OUT, language);
    // Each language's folder afresh; the folder's README stays.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await browser.setStorage('sync', { settings: { language, followUpHours: 48 }, settings$: { v: 2 } });
    // The overlay, on an Account Health page with a deactivation notice, in this language.
    const page = await browser.context.newPage();
    await page.goto(HEALTH);
    await page.locator('[data-scc-account-state="deactivated"] section[role="region"]').waitFor({ timeout: 10_000 });
    await page.bringToFront();
    await shoot(page, join(dir, 'overlay.png'));
    // The popup, every tab, as it opens over that page.
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.locator('#markets-heading').waitFor();
    const tabs = popup.getByRole('tab');
    for (const [index, name] of ['status', 'checklists', 'removal', 'cases'].entries()) {
      await tabs.nth(index).click();
      await popup.locator('[role="tabpanel"]:not([hidden]) *').first().waitFor();
      await shoot(popup, join(dir, `popup-${name}.png`));
    }
    await popup.close();
    await page.close();
    const options = await browser.openOptions();
    await options.setViewportSize({ width: 800, height: 1000 });
    await options.locator('#language option').first().waitFor({ state: 'attached' });
    await shoot(options, join(dir, 'options.png'));
    await options.close();
    console.log(`  ${language}: overlay, popup (4 tabs), options`);
  }
} finally {
  await browser.close();
}
