/**
 * Main-thread cost of the content scripts on a 5,000-row orders page: the same page at its
 * Seller Central URL (our scripts run) and at a URL no script matches, in the same browser. One
 * browser for both sides keeps everything but the content scripts equal (two separately launched
 * browsers differed by ~10% in task time on their own).
 *
 * Two measures:
 * - DESIGN's ratio: CDP Performance metrics TaskDuration with and without, interleaved runs whose
 *   order alternates (with, without; without, with) so neither side always follows the other's
 *   teardown. On this shared 2-core machine the page's own layout varies by ±15% from load to
 *   load and the machine's load drifts over minutes, both several times the extension's share:
 *   each pair's two loads are minutes closer than the two sides' medians, so the figure is the
 *   median of the pairs' ratios (the ratio of the medians is printed beside it).
 * - What the extension itself adds, from DevTools traces, is page-cost.ts's (beside an empty
 *   control extension, on this page and two others); ScriptDuration undercounts it (it leaves
 *   out idle callbacks run in an isolated world).
 */
import type { BrowserContext } from 'playwright-core';
import { launchExtensionBrowser } from '../support/extension-browser';
import { taskDurationMs } from './cdp-metrics';
import { ordersPage } from './orders-page';
import { type BenchRow, row } from './results';
import { median, percentile } from './stats';

const URL_ = 'https://sellercentral.amazon.com/orders-v3/fba/all?page=1';
/** Same page, a host no content script matches. */
const CONTROL_URL = 'https://orders.example.com/orders-v3/fba/all?page=1';
const PAIRS = 21;
/** Time for idle-time work (our scan waits for idle) to finish before metrics are read. */
const SETTLE_MS = 1500;

/** TaskDuration of one load, in ms. */
async function measure(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const task = await taskDurationMs(cdp);
  await page.close();
  return task;
}

export async function contentCostRows(): Promise<BenchRow[]> {
  const html = ordersPage(5000);
  const browser = await launchExtensionBrowser();
  await browser.serve(URL_, html);
  await browser.serve(CONTROL_URL, html);
  const on: number[] = [];
  const off: number[] = [];
  await measure(browser.context, URL_); // warm caches before counting
  await measure(browser.context, CONTROL_URL);
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      on.push(await measure(browser.context, URL_));
      off.push(await measure(browser.context, CONTROL_URL));
    } else {
      off.push(await measure(browser.context, CONTROL_URL));
      on.push(await measure(browser.context, URL_));
    }
  }
  await browser.close();

  const spread = (values: readonly number[]) =>
    `median ${median(values).toFixed(0)} (quartiles ${percentile(values, 25).toFixed(0)}–${percentile(values, 75).toFixed(0)})`;
  console.log(`  5,000-row page, ${PAIRS} pairs: TaskDuration ms with ${spread(on)}, without ${spread(off)}`);
  const baseline = median(off);
  const pairRatios = on.map((task, i) => task / (off[i] as number));
  console.log(
    `  ratio: median of pair ratios ${median(pairRatios).toFixed(3)}, ratio of medians ${(median(on) / baseline).toFixed(3)}`,
  );
  return [
    row(
      'content script main-thread cost, 5,000-row orders page (TaskDuration ratio, median of pairs)',
      median(pairRatios),
      'x',
      1.05,
    ),
  ];
}
