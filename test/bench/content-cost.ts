/**
 * Main-thread cost of the content script on a 5,000-row orders page: the same page with and
 * without the extension, runs interleaved so machine noise hits both alike. CDP Performance
 * metrics ScriptDuration and TaskDuration are read after the page has loaded and settled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { launchExtensionBrowser } from '../support/extension-browser';
import { ensureChromium } from '../support/find-chromium';
import { ordersPage } from './orders-page';
import { type BenchRow, row } from './results';
import { median } from './stats';

const URL_ = 'https://sellercentral.amazon.com/orders-v3/fba/all?page=1';
const RUNS = 9;
/** Time for idle-time work (our scan waits for idle) to finish before metrics are read. */
const SETTLE_MS = 1500;

async function measure(context: BrowserContext): Promise<{ script: number; task: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL_, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const result = { script: value('ScriptDuration') * 1000, task: value('TaskDuration') * 1000 };
  await page.close();
  return result;
}

async function servePage(context: BrowserContext, html: string): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) =>
      route.request().url() === URL_ ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort(),
  );
}

export async function contentCostRows(): Promise<BenchRow[]> {
  const html = ordersPage(5000);
  const withExtension = await launchExtensionBrowser();
  await servePage(withExtension.context, html);
  const profile = mkdtempSync(join(tmpdir(), 'scc-plain-'));
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
  await servePage(plain, html);
  const on: Array<{ script: number; task: number }> = [];
  const off: Array<{ script: number; task: number }> = [];
  await measure(withExtension.context); // warm both browsers' caches before counting
  await measure(plain);
  for (let i = 0; i < RUNS; i++) {
    on.push(await measure(withExtension.context));
    off.push(await measure(plain));
  }
  await withExtension.close();
  await plain.close();
  rmSync(profile, { recursive: true, force: true });
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
