/**
 * What the extension itself costs Seller Central pages (issue #14), beside a control: an
 * extension with one empty content script, loaded in a browser of its own and traced in the
 * same run, loads interleaved (ours, control; control, ours) so the shared machine's drifting
 * load hits both alike. Own time is read from DevTools traces (trace-time.ts): every top-level
 * slice of the extension's script evaluation and of calls into its isolated world.
 *
 * Pages: the 5,000-row Manage Orders page of customer orders, an Account Health page whose
 * deactivation banner makes our overlay show (checked on every load: a load without it does not
 * count as cheap), and a 2,000-row inventory page built from Katal tables. Also counts layouts
 * forced inside our slices (budget 0).
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchExtensionBrowser, readFixture } from '../support/extension-browser';
import { CONTROL_WORLD_NAME, writeControlExtension } from './control-extension';
import { inventoryPage } from './inventory-page';
import { ordersPage } from './orders-page';
import { type BenchRow, row } from './results';
import { median } from './stats';
import { extensionCpuTime, extensionTime, forcedLayouts, recordTrace } from './trace-time';

const WORLD_NAME = 'Seller Central Companion';
/**
 * A median of 7 loads moved by 1.5 ms between runs of the same build on this 2-core machine, more
 * than the margin under an 8 ms budget; 11 loads hold it within about half of that.
 */
const LOADS = 11;
/** Our first read waits for idle (a second at most); what follows it settles well within this. */
const SETTLE_MS = 2000;

interface BenchPage {
  readonly label: string;
  readonly url: string;
  readonly html: () => string;
  readonly budget: number;
  /** Checked after each load of ours: the page really showed what it is meant to. */
  readonly check?: (page: Page) => Promise<boolean>;
}

export const COST_PAGES: readonly BenchPage[] = [
  {
    label: '5,000-row orders page',
    url: 'https://sellercentral.amazon.com/orders-v3/fba/all?page=1',
    html: () => ordersPage(5000),
    budget: 8,
  },
  {
    label: 'Account Health page, overlay shown',
    url: 'https://sellercentral.amazon.com/performance/dashboard',
    html: () => readFixture('detect/deactivated-en-dashboard.html'),
    budget: 10,
    check: async (page) => (await page.locator('[data-scc-account-state="deactivated"]').count()) === 1,
  },
  {
    label: '2,000-row Katal inventory page',
    url: 'https://sellercentral.amazon.com/myinventory/inventory?viewId=FBA',
    html: () => inventoryPage(2000),
    budget: 8,
  },
];

interface Load {
  /** Thread time of our slices, ms. */
  readonly own: number;
  /** Their wall time, ms: printed, for a machine that was idle enough to trust it. */
  readonly wall: number;
  readonly forced: number;
  readonly ok: boolean;
}

async function tracedLoad(browser: ExtensionBrowser, target: BenchPage, world: string, check: boolean): Promise<Load> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = await recordTrace(cdp, ['devtools.timeline', 'v8'], async () => {
    await page.goto(target.url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  });
  const ok = !check || !target.check || (await target.check(page));
  await page.close();
  const origin = `chrome-extension://${browser.extensionId}/`;
  return {
    own: extensionCpuTime(events, origin, world),
    wall: extensionTime(events, origin, world),
    forced: forcedLayouts(events, origin, world).count,
    ok,
  };
}

export async function pageCostRows(): Promise<BenchRow[]> {
  const controlDir = writeControlExtension();
  const ours = await launchExtensionBrowser();
  const control = await launchExtensionBrowser({ extensionDir: controlDir });
  const rows: BenchRow[] = [];
  let forced = 0;
  try {
    for (const target of COST_PAGES) {
      const html = target.html();
      await ours.serve(target.url, html);
      await control.serve(target.url, html);
      // Warm both browsers' caches (and our worker) before counting.
      await tracedLoad(ours, target, WORLD_NAME, false);
      await tracedLoad(control, target, CONTROL_WORLD_NAME, false);
      const own: Load[] = [];
      const floor: Load[] = [];
      for (let i = 0; i < LOADS; i++) {
        const first = i % 2 === 0;
        if (first) own.push(await tracedLoad(ours, target, WORLD_NAME, true));
        floor.push(await tracedLoad(control, target, CONTROL_WORLD_NAME, false));
        if (!first) own.push(await tracedLoad(ours, target, WORLD_NAME, true));
      }
      const shown = own.every((load) => load.ok);
      const ownMs = own.map((load) => load.own);
      const floorMs = floor.map((load) => load.own);
      const layouts = own.reduce((sum, load) => sum + load.forced, 0);
      forced += layouts;
      console.log(
        `  ${target.label}: own CPU ms ${ownMs.map((t) => t.toFixed(1)).join(', ')} ` +
          `(wall ${own.map((load) => load.wall.toFixed(1)).join(', ')}); ` +
          `empty-script control ${floorMs.map((t) => t.toFixed(1)).join(', ')}; forced layouts ${layouts}` +
          (shown ? '' : '; the page did NOT show what it should on every load'),
      );
      rows.push(
        row(
          `extension's own main-thread time, ${target.label} (trace CPU, median of ${LOADS})`,
          shown ? median(ownMs) : Number.POSITIVE_INFINITY,
          'ms',
          target.budget,
        ),
        // The floor any extension pays: if it moves, the method moved, not our code.
        row(
          `empty-script control's own time, ${target.label} (trace CPU, median of ${LOADS})`,
          median(floorMs),
          'ms',
          1,
        ),
      );
    }
  } finally {
    await ours.close();
    await control.close();
    rmSync(controlDir, { recursive: true, force: true });
  }
  rows.push(row('layouts forced inside extension slices on these pages', forced, 'layouts', 0));
  return rows;
}
