/**
 * The extension reloaded (an update, or a developer's reload) while Seller Central tabs are
 * open. Chrome does not put the new content scripts into open tabs: the old ones must stop
 * quietly (no uncaught errors, no second overlay, no second badge), the page keeps working,
 * and once the tab reloads the new scripts do their job with the data stored before.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { enableDeveloperMode, readArea, reloadExtension } from './support/extension';
import { runFault } from './support/fault';

const recorder = reliabilityRecorder('faults-reload');
let browser: ExtensionBrowser;

const BANNER = 'https://sellercentral.amazon.co.uk/orders-v3?page=1';
const CASE = 'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481';
const REPORT = 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1';
/** The report fixture's rows: nine orders, one of them on two rows (two SKUs). */
const REPORT_BADGES = 10;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await enableDeveloperMode(browser);
  await browser.serveFixture(BANNER, 'detect/on-hold-en-orders.html');
  await browser.serveFixture(CASE, 'cases/case-view-en.html');
  await browser.serveFixture(REPORT, 'removal/report-en.html');
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

/** Uncaught errors, and console errors or warnings, except the page's own blocked resource loads. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (/Failed to load resource/.test(message.text())) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** Each removal order's status cell holds at most one badge. */
const badgesPerAnchor = (page: Page) =>
  page.evaluate(() => {
    const anchors = new Map<Node | null, number>();
    for (const badge of document.querySelectorAll('[data-scc-removal-order]'))
      anchors.set(badge.parentNode, (anchors.get(badge.parentNode) ?? 0) + 1);
    return Math.max(0, ...anchors.values());
  });

describe('the extension reloads under open Seller Central tabs', () => {
  it('old content scripts stop quietly; after a tab reload the new ones work with the stored data', async () => {
    await runFault(recorder, 'extension reloaded with 3 Seller Central tabs open', async (probe) => {
      const banner = await browser.context.newPage();
      const caseTab = await browser.context.newPage();
      const report = await browser.context.newPage();
      const problems = [banner, caseTab, report].map((page) => watchProblems(page));

      await banner.goto(BANNER);
      await banner.locator('[data-scc-account-state="on-hold"]').waitFor({ state: 'attached', timeout: 10_000 });
      await caseTab.goto(CASE);
      const control = caseTab.locator('[data-scc-case-id="20424098481"]');
      await control.waitFor({ state: 'attached', timeout: 10_000 });
      await caseTab.waitForTimeout(500); // the fixture's case summary arrives late
      await control.click();
      await expect.poll(() => control.getAttribute('data-scc-case-saved')).toBe('true');
      await report.goto(REPORT);
      await expect.poll(() => count(report, '[data-scc-removal-order]'), { timeout: 10_000 }).toBe(REPORT_BADGES);

      const reader = await browser.openOptions();
      const before = { sync: await readArea(reader, 'sync'), local: await readArea(reader, 'local') };
      await reader.close();
      expect(before.sync['case:20424098481']).toBeDefined();
      expect(before.local['accountState:GB']).toBeDefined();

      await reloadExtension(browser);
      probe.injected();

      // The old scripts meet page activity: a changed banner, a SPA navigation, clicks on their own controls.
      await banner.evaluate(() => {
        document.querySelector('[role="alert"], kat-alert, .a-alert')?.append(' (updated)');
        history.pushState(null, '', `${location.pathname}${location.search}&after-reload`);
      });
      const dismiss = banner.locator('[data-scc-account-state]').getByRole('button', { name: 'Dismiss' });
      if ((await dismiss.count()) > 0) await dismiss.click({ timeout: 2_000 }).catch(() => undefined);
      if ((await control.count()) > 0) await control.click({ timeout: 2_000 }).catch(() => undefined);
      await report.evaluate(() => {
        const body = document.querySelector('#report-preview tbody') as HTMLTableSectionElement;
        const row = body.rows[0]?.cloneNode(true) as HTMLTableRowElement;
        row.querySelector('[data-scc-removal-order]')?.remove();
        (row.cells[1] as HTMLTableCellElement).textContent = 'RMV-AFTER-RELOAD';
        body.append(row);
      });
      await report
        .locator('[data-scc-removal-order]')
        .first()
        .hover({ timeout: 2_000 })
        .catch(() => undefined);
      await banner.waitForTimeout(1_500);

      expect(await count(banner, 'scc-account-state')).toBeLessThanOrEqual(1);
      expect(await count(caseTab, 'scc-case-save')).toBeLessThanOrEqual(1);
      expect(await badgesPerAnchor(report)).toBeLessThanOrEqual(1);
      expect(await count(report, '[data-scc-removal-order="RMV-AFTER-RELOAD"]')).toBe(0);
      probe.note(
        `after the reload, before the tabs reloaded: overlay hosts ${await count(banner, 'scc-account-state')}, ` +
          `save controls ${await count(caseTab, 'scc-case-save')}, badges ${await count(report, '[data-scc-removal-order]')}`,
      );

      // Reloaded tabs get the new scripts, which find what was stored before.
      await banner.goto(BANNER);
      await expect
        .poll(() => banner.locator('[data-scc-account-state]').getAttribute('data-scc-account-state'), {
          timeout: 10_000,
        })
        .toBe('on-hold');
      expect(await count(banner, 'scc-account-state')).toBe(1);
      await caseTab.reload();
      await expect.poll(() => control.getAttribute('data-scc-case-saved'), { timeout: 10_000 }).toBe('true');
      expect(await count(caseTab, 'scc-case-save')).toBe(1);
      await report.reload();
      await expect.poll(() => count(report, '[data-scc-removal-order]'), { timeout: 10_000 }).toBe(REPORT_BADGES);
      expect(await badgesPerAnchor(report)).toBe(1);

      const after = await browser.openOptions();
      const sync = await readArea(after, 'sync');
      const local = await readArea(after, 'local');
      probe.lost(
        [
          sync['case:20424098481'] !== undefined,
          local['accountState:GB'] !== undefined,
          Object.keys(local).some((key) => key.startsWith('removal:seen:US')),
        ].filter((kept) => !kept).length,
      );
      await after.close();
      expect(problems.flat()).toEqual([]);
      for (const page of [banner, caseTab, report]) await page.close();
    });
  });
});
