/**
 * The popup's removal to-do view with a 50,000-row report (16,667 orders), issue #13's budgets:
 * - interactive: from the import's summary on screen to the totals, filters and first rows drawn
 *   and the popup's thread free again (a task posted then has run), median of three imports;
 * - scrolling the whole list, top to bottom a view at a time and then in long jumps: the longest
 *   task of the popup's main thread in a DevTools trace (a long task is one over 50 ms).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticRemovalReport } from '../fixtures/reports/synthetic';
import type { ExtensionBrowser } from '../support/extension-browser';
import { type BenchRow, row } from './results';
import { median } from './stats';
import { recordTrace } from './trace-time';

const REPORT_ROWS = 50_000;
const RUNS = 3;

// Plain strings: tsx would otherwise inject its __name helper into functions run in the page.
/** Resolves with ms from the summary's appearance to the rows drawn and a task run after them. */
const VIEW_INTERACTIVE = `new Promise((resolve) => {
  let shownAt = null;
  const drawn = () => document.querySelector('[data-testid="removal-import-scroll"][aria-busy="false"] [data-testid="removal-import-row"]');
  const check = () => {
    if (shownAt === null && document.querySelector('[data-testid="removal-import-summary"]')) shownAt = performance.now();
    if (shownAt === null || !drawn()) return;
    observer.disconnect();
    setTimeout(() => resolve(performance.now() - shownAt), 0);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})`;

/** Scrolls the list a view at a time to its end, then jumps about; resolves with the views seen. */
const SCROLL_THROUGH = `new Promise((resolve) => {
  const box = document.querySelector('[data-testid="removal-import-scroll"]');
  const frame = () => new Promise((next) => requestAnimationFrame(() => next()));
  (async () => {
    let views = 0;
    box.scrollTop = 0;
    while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
      box.scrollTop += box.clientHeight;
      views++;
      await frame();
    }
    for (const share of [0.5, 0.1, 0.9, 0.3, 0.7, 0, 1]) {
      box.scrollTop = share * (box.scrollHeight - box.clientHeight);
      await frame();
      await frame();
    }
    resolve(views);
  })();
})`;

async function chooseAndTime(popup: Page, path: string): Promise<number> {
  const timing = popup.evaluate(VIEW_INTERACTIVE) as Promise<number>;
  await popup.locator('#removal-report-file').setInputFiles(path);
  return timing;
}

export async function removalViewRows(browser: ExtensionBrowser): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'scc-view-'));
  const warmUp = join(dir, 'warm-up.txt');
  const report = join(dir, 'removal-50k.txt');
  writeFileSync(warmUp, syntheticRemovalReport({ rows: 2_000 }));
  writeFileSync(report, syntheticRemovalReport({ rows: REPORT_ROWS }));
  const popup = await browser.openPopup();
  const cdp = await browser.context.newCDPSession(popup);
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      await popup.reload();
      await popup.getByRole('tab', { name: 'Removal orders' }).click();
      // Warm-up: loads the list's code and compiles it, as any import after the first finds it.
      await chooseAndTime(popup, warmUp);
      times.push(await chooseAndTime(popup, report));
    }
    const orders = Number(await popup.getByTestId('removal-import-scroll').getAttribute('data-rows'));
    let views = 0;
    const events = await recordTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline'], async () => {
      views = (await popup.evaluate(SCROLL_THROUGH)) as number;
      await popup.locator('[data-testid="removal-import-scroll"][aria-busy="false"]').waitFor();
      await popup.waitForTimeout(300);
    });
    // The popup's main thread is the one that runs its animation frames; the report worker's
    // sorting and slicing run on a thread of their own and hold nothing up.
    const main = events.find((event) => event.name === 'FireAnimationFrame')?.tid;
    const tasks = events
      .filter((event) => event.tid === main && event.name === 'RunTask' && event.ph === 'X')
      .map((event) => (event.dur ?? 0) / 1000)
      .sort((a, b) => b - a);
    const longest = tasks[0] ?? Number.NaN;
    console.log(
      `  removal view, ${orders.toLocaleString('en-US')} orders: interactive ${times.map((t) => t.toFixed(0)).join(', ')} ms; ` +
        `scrolled ${views} views and 7 jumps: ${tasks.length} tasks, longest ${tasks
          .slice(0, 3)
          .map((t) => t.toFixed(1))
          .join(', ')} ms`,
    );
    return [
      row(
        `popup removal view, ${REPORT_ROWS.toLocaleString('en-US')}-row report (${orders.toLocaleString('en-US')} orders): summary to list interactive`,
        median(times),
        'ms',
        200,
      ),
      row(
        `scroll the ${orders.toLocaleString('en-US')}-order list top to bottom and in jumps: longest popup task`,
        longest,
        'ms',
        50,
      ),
    ];
  } finally {
    await popup.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
