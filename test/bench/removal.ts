/**
 * Removal-order budgets from issue 5, in real Chromium with the built extension:
 * - import of a 50,000-row Removal Order Detail report through the popup's file input: wall
 *   time from the file being chosen to the summary on screen, and the extra JS heap at its peak
 *   (CDP Runtime.getHeapUsage sampled while it runs, after a forced garbage collection; the
 *   file goes in by path, so its bytes never pass through the page's heap);
 * - annotating a 2,000-row removal table as it arrives on a report page: the main-thread time
 *   of the removal content script (its FunctionCall events in a DevTools trace: mutation
 *   collection, shadow-root search, scan, badges, sightings). Printed beside it: all main-thread
 *   time the extension adds (CDP TaskDuration against the same page and insertion in a browser
 *   without the extension), which also counts the main content script and the page's own
 *   style and layout growing by 2,000 badges.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { syntheticRemovalReport } from '../fixtures/reports/synthetic';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';
import { ensureChromium } from '../support/find-chromium';
import { taskDurationMs } from './cdp-metrics';
import { removalViewRows } from './removal-view';
import { type BenchRow, row } from './results';
import { median } from './stats';
import { recordTrace, type TraceEvent } from './trace-time';

const REPORT_URL = 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/0';
const IMPORT_ROWS = 50_000;
const TABLE_ROWS = 2_000;
const TABLE_RUNS = 7;
const SETTLE_MS = 600;

// Plain strings: tsx would otherwise inject its __name helper into functions run in the page.
const WAIT_FOR_SUMMARY = `new Promise((resolve) => {
  const done = () => document.querySelector('[data-testid="removal-import-summary"], [data-testid="removal-import-error"]');
  if (done()) return resolve(true);
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    resolve(true);
  });
  observer.observe(document.body, { childList: true, subtree: true });
})`;

async function heapUsed(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function chooseReport(page: Page, path: string): Promise<void> {
  await page.locator('#removal-report-file').setInputFiles(path);
}

async function importRows(browser: ExtensionBrowser): Promise<BenchRow[]> {
  const page = await browser.openPopup();
  await page.getByRole('tab', { name: 'Removal orders' }).click();
  await page.locator('#removal-report-file').waitFor();
  const dir = mkdtempSync(join(tmpdir(), 'scc-report-'));
  const warmUp = join(dir, 'warm-up.txt');
  const report = join(dir, 'removal-50k.txt');
  writeFileSync(warmUp, syntheticRemovalReport({ rows: 2_000 }));
  writeFileSync(report, syntheticRemovalReport({ rows: IMPORT_ROWS }));
  const cdp = await browser.context.newCDPSession(page);
  const times: number[] = [];
  const heaps: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.reload();
    await page.getByRole('tab', { name: 'Removal orders' }).click();
    // Warm-up: loads the parser chunk and compiles the row loop, as any import after the first finds them.
    await chooseReport(page, warmUp);
    await page.evaluate(WAIT_FOR_SUMMARY);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await heapUsed(cdp);
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heapUsed(cdp));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await page.evaluate(() => {
      const input = document.querySelector('#removal-report-file') as HTMLInputElement;
      input.addEventListener('change', () => performance.mark('scc-import-start'), { capture: true, once: true });
    });
    await chooseReport(page, report);
    await page.evaluate(WAIT_FOR_SUMMARY);
    const ms = await page.evaluate(
      () => performance.now() - (performance.getEntriesByName('scc-import-start')[0]?.startTime ?? Number.NaN),
    );
    sampling = false;
    await sampler;
    peak = Math.max(peak, await heapUsed(cdp));
    times.push(ms);
    heaps.push((peak - before) / 1048576);
    const summary = await page.locator('[data-testid="removal-import-summary"] p').first().textContent();
    console.log(`  import run ${run + 1}: ${ms.toFixed(0)} ms, +${heaps.at(-1)?.toFixed(1)} MB heap (${summary})`);
  }
  await page.close();
  rmSync(dir, { recursive: true, force: true });
  return [
    row(
      `report import, ${IMPORT_ROWS.toLocaleString('en-US')} rows (popup, file input to summary)`,
      median(times),
      'ms',
      1000,
    ),
    row(`report import, ${IMPORT_ROWS.toLocaleString('en-US')} rows, extra JS heap at peak`, median(heaps), 'MB', 100),
  ];
}

/** A removal report page that builds its 2,000-row table on request, as a single-page app does. */
export function removalReportPage(): string {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Removal Order Detail</title>
<style>body{margin:0;font:14px Arial,sans-serif}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px}</style>
</head><body><header id="sc-masthead"><span>amazon seller central</span></header><main><h1>Removal Order Detail</h1></main>
<script>
window.buildRemovalTable = function (rows) {
  var statuses = ['Planning', 'Pending', 'Processing', 'In Process', 'Completed', 'Cancelled'];
  var table = document.createElement('table');
  var head = table.createTHead().insertRow();
  ['Request date', 'Order ID', 'Order type', 'Order status', 'Last updated', 'SKU', 'Requested', 'Shipped'].forEach(function (title) {
    var th = document.createElement('th'); th.textContent = title; head.appendChild(th);
  });
  var body = table.createTBody();
  for (var i = 0; i < rows; i++) {
    var tr = document.createElement('tr');
    ['2025-11-01', 'RMV-' + i, 'Return', statuses[i % 6], '2025-11-02', 'SKU-' + i, '3', '0'].forEach(function (value) {
      var td = document.createElement('td'); td.textContent = value; tr.appendChild(td);
    });
    body.appendChild(tr);
  }
  document.querySelector('main').appendChild(table);
};
</script></body></html>`;
}

const BADGES_DONE = (rows: number) => `new Promise((resolve) => {
  const count = () => document.querySelectorAll('scc-removal-badge').length;
  if (count() >= ${rows}) return resolve(true);
  const observer = new MutationObserver(() => {
    if (count() < ${rows}) return;
    observer.disconnect();
    resolve(true);
  });
  observer.observe(document.querySelector('main'), { childList: true, subtree: true });
})`;

/**
 * Milliseconds of main-thread CPU the removal content script used, from a trace's FunctionCall
 * events: thread time where Chromium records it (wall time only counts what a busy machine
 * takes away), outermost calls only.
 */
function removalScriptMs(events: readonly TraceEvent[]): { cpu: number; wall: number } {
  const calls = events
    .filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url?.endsWith('/removal-orders.js'))
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let wall = 0;
  let end = -1;
  for (const call of calls) {
    const to = call.ts + (call.dur ?? 0);
    if (to <= end) continue; // nested in a call already counted
    cpu += call.tdur ?? call.dur ?? 0;
    wall += call.dur ?? 0;
    end = to;
  }
  return { cpu: cpu / 1000, wall: wall / 1000 };
}

interface InsertionCost {
  /** TaskDuration from the insertion until settled. */
  readonly task: number;
  /** Insertion until every row carries its badge. */
  readonly wall: number;
  /** Removal content script main-thread time (with the extension only): CPU, and wall for reference. */
  readonly script: number;
  readonly scriptWall: number;
}

/** Main-thread time from inserting the table until it is annotated (or, without the extension, until it settled). */
async function insertionCost(context: BrowserContext, annotated: boolean): Promise<InsertionCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(REPORT_URL, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS * 2);
  let task = 0;
  let wall = 0;
  const insert = async () => {
    const before = await taskDurationMs(cdp);
    const started = Date.now();
    await page.evaluate(`buildRemovalTable(${TABLE_ROWS})`);
    if (annotated) await page.evaluate(BADGES_DONE(TABLE_ROWS));
    wall = Date.now() - started;
    await page.waitForTimeout(SETTLE_MS);
    task = (await taskDurationMs(cdp)) - before;
  };
  // Only the side with the extension is traced: tracing slows a page down.
  let events: TraceEvent[] = [];
  if (annotated) events = await recordTrace(cdp, ['devtools.timeline'], insert);
  else await insert();
  if (annotated && (await page.locator('scc-removal-badge').count()) !== TABLE_ROWS) throw new Error('badges missing');
  await page.close();
  const script = annotated ? removalScriptMs(events) : { cpu: 0, wall: 0 };
  return { task, wall, script: script.cpu, scriptWall: script.wall };
}

async function annotationRows(browser: ExtensionBrowser): Promise<BenchRow[]> {
  const html = removalReportPage();
  const serve = (context: BrowserContext) =>
    context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) =>
        route.request().url() === REPORT_URL ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort(),
    );
  await serve(browser.context);
  const profile = mkdtempSync(join(tmpdir(), 'scc-plain-'));
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
  await serve(plain);
  await insertionCost(browser.context, true); // warm both browsers before counting
  await insertionCost(plain, false);
  const on: InsertionCost[] = [];
  const off: InsertionCost[] = [];
  for (let i = 0; i < TABLE_RUNS; i++) {
    on.push(await insertionCost(browser.context, true));
    off.push(await insertionCost(plain, false));
  }
  await plain.close();
  rmSync(profile, { recursive: true, force: true });
  const script = median(on.map((r) => r.script));
  const added = median(on.map((r) => r.task)) - median(off.map((r) => r.task));
  console.log(
    `  ${TABLE_ROWS}-row table, median of ${TABLE_RUNS}: removal script ${script.toFixed(1)} ms main-thread CPU (runs: ${on.map((r) => r.script.toFixed(0)).join(', ')}; wall ${median(on.map((r) => r.scriptWall)).toFixed(1)} ms); ` +
      `all extension main-thread time incl. style and layout +${added.toFixed(1)} ms (TaskDuration ${median(on.map((r) => r.task)).toFixed(1)} with, ${median(off.map((r) => r.task)).toFixed(1)} without); ` +
      `inserted -> all badges ${median(on.map((r) => r.wall)).toFixed(0)} ms wall`,
  );
  return [
    row(
      `annotate a ${TABLE_ROWS.toLocaleString('en-US')}-row removal table, removal content script main-thread time`,
      script,
      'ms',
      50,
    ),
  ];
}

export async function removalBenchRows(): Promise<BenchRow[]> {
  const browser = await launchExtensionBrowser();
  try {
    return [...(await importRows(browser)), ...(await removalViewRows(browser)), ...(await annotationRows(browser))];
  } finally {
    await browser.close();
  }
}
