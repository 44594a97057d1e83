/**
 * The two pages the removal content script's cost is measured on, shared by the developer tools
 * `compare-builds.ts` and `profile-scripts.ts`: a 5,000-row Manage Orders page of customer orders
 * (loaded) and a removal report whose 2,000-row table is inserted after load.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { readFixture } from '../support/extension-browser';
import { ensureChromium } from '../support/find-chromium';
import { inventoryPage } from './inventory-page';
import { ordersPage } from './orders-page';
import { removalReportPage } from './removal';

export type Scenario = 'orders' | 'removal' | 'health' | 'inventory';

const URLS: Record<Scenario, string> = {
  orders: 'https://sellercentral.amazon.com/orders-v3/fba/all?page=1',
  removal: 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/0',
  health: 'https://sellercentral.amazon.com/performance/dashboard',
  inventory: 'https://sellercentral.amazon.com/myinventory/inventory?viewId=FBA',
};

const HTML: Record<Scenario, () => string> = {
  orders: () => ordersPage(5000),
  removal: removalReportPage,
  health: () => readFixture('detect/deactivated-en-dashboard.html'),
  inventory: () => inventoryPage(2000),
};

export function scenarioOf(argument: string | undefined): Scenario {
  return argument === 'removal' || argument === 'health' || argument === 'inventory' ? argument : 'orders';
}

/** Chromium with the extension built into `dir`, serving the scenario's page. */
export async function launchWith(dir: string, scenario: Scenario): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'scc-tool-')), {
    executablePath: ensureChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  const url = URLS[scenario];
  const html = HTML[scenario]();
  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:',
    (route) =>
      route.request().url() === url ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort(),
  );
  return context;
}

/** Gets the page ready (the removal report loaded and idle); nothing for the orders page, whose load is the work. */
export async function prepare(page: Page, scenario: Scenario): Promise<void> {
  if (scenario !== 'removal') return;
  await page.goto(URLS.removal, { waitUntil: 'load' });
  await page.waitForTimeout(1200);
}

/** The measured work: loading the page (orders, Account Health, inventory), or inserting the 2,000-row table until every row has its badge. */
export async function work(page: Page, scenario: Scenario): Promise<void> {
  if (scenario === 'removal') {
    await page.evaluate('buildRemovalTable(2000)');
    await page.waitForFunction('document.querySelectorAll("scc-removal-badge").length >= 2000', undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(600);
  } else {
    await page.goto(URLS[scenario], { waitUntil: 'load' });
    await page.waitForTimeout(2000);
  }
}
