/**
 * axe-core on every screen the extension draws, with content in it: each popup tab (a
 * checklist open, an imported report, the case form and editor), in light and dark; the
 * options page with a set-aside value and a notice; the Plan of Action workspace with
 * findings; and on Seller Central pages, the overlay, the removal badge with its tooltip, the
 * removal rules panel and the case save control, each checked inside its shadow root.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../../support/axe';
import { type ExtensionBrowser, launchExtensionBrowser, ROOT } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { addCase, backToCases, openChecklist, openPoa, openPopup, waitUntil } from '../../support/ui';

const recorder = reliabilityRecorder('a11y-axe');
let browser: ExtensionBrowser;

const BANNER = 'https://sellercentral.amazon.co.uk/orders-v3?page=1';
const REPORT = 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1';
const CREATE = 'https://sellercentral.amazon.com/recoveryui/removal-order/create';
const CASE = 'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481';

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serveFixture(BANNER, 'detect/on-hold-en-orders.html');
  await browser.serveFixture(REPORT, 'removal/report-en.html');
  await browser.serveFixture(CREATE, 'removal/create-en.html');
  await browser.serveFixture(CASE, 'cases/case-view-en.html');
  // Content on every screen: a known account state, orders seen, a case, a set-aside value.
  for (const url of [BANNER, REPORT]) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1_500);
    await page.close();
  }
  await browser.setStorage('local', { 'removal:seen:ZZ': { orders: 'not a list' } });
  await waitUntil(async () => 'removal:seen:US' in (await browser.storage('local')), 'the removal orders seen');
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

/** axe on the page or part of it, recorded under `name`; fails with the rules and elements. */
async function check(page: Page, name: string, include?: string): Promise<void> {
  const outcome = await runAxe(page, include);
  recorder.a11yPage({
    name,
    violations: outcome.rules.length,
    ...(outcome.rules.length > 0 ? { rules: outcome.rules } : {}),
  });
  expect(outcome.passedNodes, `${name}: axe checked nothing`).toBeGreaterThan(0);
  expect(outcome.details, name).toEqual([]);
}

describe('the popup', () => {
  it('Status tab, with this tab and the marketplaces', async () => {
    const banner = await browser.context.newPage();
    await banner.goto(BANNER);
    const popup = await openPopup(browser, 'Status');
    await popup.getByTestId('status-facts').waitFor();
    await popup.locator('[data-testid="marketplace-states"] li').first().waitFor();
    await check(popup, 'popup: Status tab');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await check(popup, 'popup (dark): Status tab');
    await popup.close();
    await banner.close();
  });

  it('Checklists tab, with a checklist open and a step expanded', async () => {
    const popup = await openPopup(browser, 'Checklists');
    await openChecklist(popup, 'SE', 'hold');
    await popup.getByLabel('Read the notice from Amazon').check();
    await popup.locator('.check-item details summary').first().click();
    await check(popup, 'popup: Checklists tab (a checklist open)');
    await popup.locator('.reset-row').getByRole('button', { name: 'Reset' }).click();
    await check(popup, 'popup: Checklists tab (reset asked)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await check(popup, 'popup (dark): Checklists tab');
    await popup.close();
  });

  it('Removal orders tab, with orders seen, an imported report and a deadline', async () => {
    const popup = await openPopup(browser, 'Removal orders');
    await popup.locator('[data-testid="removal-seen-order"]').first().waitFor();
    await popup.locator('#removal-check-status').fill('Pending');
    await popup
      .locator('#removal-report-file')
      .setInputFiles(join(ROOT, 'test/fixtures/reports/removal-order-detail-garbage.txt'));
    await popup.getByTestId('removal-import-table').waitFor({ timeout: 10_000 });
    await popup.locator('#removal-sku').fill('NW-LAMP');
    await popup.getByRole('button', { name: 'Add deadline' }).click();
    await popup.locator('[data-testid="removal-deadline"]').first().waitFor();
    await check(popup, 'popup: Removal orders tab');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await check(popup, 'popup (dark): Removal orders tab');
    await popup.close();
  });

  it('Cases tab: the list, the add form and the case editor', async () => {
    const popup = await openPopup(browser, 'Cases');
    await addCase(popup, 'Case ID: 20424098482', 'Identity check');
    await popup.locator('#log-summary').fill('Sent the passport scan');
    await popup.getByRole('button', { name: 'Add to log' }).click();
    await popup.locator('[data-testid="case-log"] li').first().waitFor();
    await check(popup, 'popup: case editor');
    await backToCases(popup);
    await check(popup, 'popup: Cases tab (list)');
    await popup.getByRole('button', { name: 'Add case' }).click();
    await popup.locator('#case-paste').fill('Case 123 and 20424098483 and 20424098484');
    await check(popup, 'popup: Cases tab (add form, two IDs found)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await check(popup, 'popup (dark): Cases tab');
    await popup.close();
  });
});

describe('the extension pages', () => {
  it('options page, with a notice, a set-aside value and a backup preview', async () => {
    const options = await browser.openOptions();
    await options.locator('[data-quarantine-item="local:removal:seen:ZZ"]').waitFor();
    await options.locator('.notice[role="status"]').first().waitFor();
    await options.getByLabel('Choose a backup file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'seller-central-companion/backup',
          version: 1,
          exportedAt: new Date().toISOString(),
          data: { 'sync:settings': { language: 'sv', followUpHours: 72 }, 'sync:case:12x': { id: '12x' } },
        }),
      ),
    });
    await options.getByTestId('backup-preview').waitFor();
    await check(options, 'options page');
    await options.emulateMedia({ colorScheme: 'dark' });
    await check(options, 'options page (dark)');
    await options.close();
  });

  it('Plan of Action workspace, with findings', async () => {
    const poa = await openPoa(browser, 'SE');
    await poa.locator('#poa-immediate-actions').fill('We will improve quality control.');
    await poa.locator('[data-rule="vague-promise"]').first().waitFor();
    await check(poa, 'Plan of Action workspace');
    await poa.emulateMedia({ colorScheme: 'dark' });
    await check(poa, 'Plan of Action workspace (dark)');
    await poa.close();
  });
});

describe('on Seller Central pages', () => {
  it('the account-state overlay, open and collapsed', async () => {
    const page = await browser.context.newPage();
    await page.goto(BANNER);
    const host = page.locator('scc-account-state');
    await host.locator('section[role="region"]').waitFor({ timeout: 10_000 });
    await check(page, 'overlay on a banner page', 'scc-account-state');
    await host.locator('button[aria-controls="scc-card-body"]').click();
    await check(page, 'overlay on a banner page (collapsed)', 'scc-account-state');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check(page, 'overlay on a banner page (dark)', 'scc-account-state');
    await page.close();
  });

  it('a removal badge with its tooltip, and the rules panel on the create page', async () => {
    const page = await browser.context.newPage();
    await page.goto(REPORT);
    const badge = page.locator('[data-scc-removal-order="RMV-251101-A"]');
    await badge.waitFor({ timeout: 10_000 });
    await badge.focus();
    await badge.locator('[role="tooltip"]').waitFor();
    await check(page, 'removal badge with its tooltip', 'scc-removal-badge');
    await page.goto(CREATE);
    await page.locator('scc-removal-rules li').first().waitFor({ timeout: 10_000 });
    await check(page, 'removal rules panel (create page)', 'scc-removal-rules');
    await page.close();
  });

  it('the case save control, before and after saving', async () => {
    const page = await browser.context.newPage();
    await page.goto(CASE);
    const control = page.locator('[data-scc-case-id]');
    await control.waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(500);
    await check(page, 'case save control', 'scc-case-save');
    await control.click();
    await page.locator('[data-scc-case-saved="true"]').waitFor();
    await check(page, 'case save control (saved)', 'scc-case-save');
    await page.close();
  });
});
