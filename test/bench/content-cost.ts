/**
 * Main-thread cost of the content scripts on a 5,000-row orders page: the same page at its
 * Seller Central URL (our scripts run) and at a URL no script matches, in the same browser, runs
 * interleaved so machine noise hits both alike. One browser for both sides keeps everything but
 * the content scripts equal (two separately launched browsers differed by ~10% in task time on
 * their own). CDP Performance metrics ScriptDuration and TaskDuration are read after the page
 * has loaded and settled.
 */
import { type BrowserContext, chromium } from 'playwright-core';
import { launchExtensionBrowser } from '../support/extension-browser';
import { ordersPage } from './orders-page';
import { type BenchRow, row } from './results';
import { median } from './stats';

const URL_ = 'https://sellercentral.amazon.com/orders-v3/fba/all?page=1';
/** Same page, a host no content script matches. */
const CONTROL_URL = 'https://orders.example.com/orders-v3/fba/all?page=1';
const RUNS = 11;
/** Time for idle-time work (our scan waits for idle) to finish before metrics are read. */
const SETTLE_MS = 1500;

async function measure(context: BrowserContext, url: string): Promise<{ script: number; task: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const result = { script: value('ScriptDuration') * 1000, task: value('TaskDuration') * 1000 };
  await page.close();
  return result;
}

export async function contentCostRows(): Promise<BenchRow[]> {
  const html = ordersPage(5000);
  const browser = await launchExtensionBrowser();
  await browser.serve(URL_, html);
  await browser.serve(CONTROL_URL, html);
  const on: Array<{ script: number; task: number }> = [];
  const off: Array<{ script: number; task: number }> = [];
  await measure(browser.context, URL_); // warm caches before counting
  await measure(browser.context, CONTROL_URL);
  for (let i = 0; i < RUNS; i++) {
    on.push(await measure(browser.context, URL_));
    off.push(await measure(browser.context, CONTROL_URL));
  }
  await browser.close();
  const ratio = (key: 'script' | 'task') => median(on.map((r) => r[key])) / median(off.map((r) => r[key]));
  console.log(
    `  5,000-row page, median of ${RUNS}: TaskDuration ${median(on.map((r) => r.task)).toFixed(1)} ms with, ${median(off.map((r) => r.task)).toFixed(1)} ms without; ScriptDuration ${median(on.map((r) => r.script)).toFixed(1)} ms with, ${median(off.map((r) => r.script)).toFixed(1)} ms without`,
  );
  // The page itself runs no script, so a ScriptDuration ratio would divide by zero: the script
  // time the extension adds is held to 5% of the page's own main-thread time instead.
  const addedScript = median(on.map((r) => r.script)) - median(off.map((r) => r.script));
  return [
    row('content script main-thread cost, 5,000-row orders page (TaskDuration ratio)', ratio('task'), 'x', 1.05),
    row(
      'content script added script time, 5,000-row orders page',
      addedScript,
      'ms',
      0.05 * median(off.map((r) => r.task)),
    ),
  ];
}
