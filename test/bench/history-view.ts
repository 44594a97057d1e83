/**
 * history view drawn (issue #18): from the click on a marketplace's "History" to its chart in
 * the DOM and laid out, every one of two years of daily readings drawn as a point, in real
 * Chromium, with every marketplace's history in storage (account-history-seed.ts).
 */
import { RATING_DAYS_KEPT } from '@/lib/account-health/limits';
import { launchExtensionBrowser } from '../support/extension-browser';
import { accountHistorySeed } from './account-history-seed';
import { type BenchRow, row } from './results';
import { percentile } from './stats';

const RUNS = 11;

// A plain string: tsx would otherwise inject its __name helper into a function run in the page.
const WATCH_CLICK_TO_CHART = `(() => {
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-testid="open-history"]')) return;
    const clicked = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('[data-scc-history] [data-scc-ahr-reading]').length < ${RATING_DAYS_KEPT}) return;
      observer.disconnect();
      document.body.getBoundingClientRect();
      window.__sccHistoryMs = performance.now() - clicked;
    });
    observer.observe(document, { childList: true, subtree: true });
  }, { capture: true });
})()`;

export async function historyViewRows(): Promise<BenchRow[]> {
  const browser = await launchExtensionBrowser();
  await browser.setStorage('local', accountHistorySeed(Date.now()));
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.addInitScript(WATCH_CLICK_TO_CHART);
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.locator('[data-scc-marketplace="US"] [data-testid="open-history"]').click();
      // Polled from outside: the extension's CSP forbids the string evaluation waitForFunction uses.
      while ((await page.evaluate('window.__sccHistoryMs')) === undefined) await page.waitForTimeout(5);
      times.push(Number(await page.evaluate('window.__sccHistoryMs')));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(
    `  history view over ${RUNS} opens (${RATING_DAYS_KEPT} daily points): median ${percentile(times, 50).toFixed(1)} ms, ` +
      `max ${Math.max(...times).toFixed(1)} ms (the first open loads the view's code)`,
  );
  return [row('history view drawn (two years of daily readings), median', percentile(times, 50), 'ms', 50)];
}
