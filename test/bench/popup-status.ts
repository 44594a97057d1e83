/**
 * popup opened -> Status interactive (issue #14): from navigation start to the Status tab's
 * content, in real Chromium: the answer about the seller's tab (here "not Seller Central": the
 * other tab is blank) and the list of marketplaces' last known states are both in the DOM.
 */
import { launchExtensionBrowser } from '../support/extension-browser';
import { type BenchRow, row } from './results';
import { percentile } from './stats';

/** A median of 7 opens moved by 8 ms between runs of the same build; 15 opens steady it. */
const RUNS = 15;

// A plain string: tsx would otherwise inject its __name helper into a function run in the page.
const WATCH_STATUS = `(() => {
  const ready = () =>
    document.querySelector('[data-testid="marketplace-states"]') &&
    document.querySelector('[data-testid="status-not-sc"], [data-testid="status-facts"]');
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    document.body.getBoundingClientRect();
    window.__sccStatusAt = performance.now();
  });
  // Preact may turn the "loading" paragraph into the answer in place: an attribute and text change.
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})()`;

export async function popupStatusRows(): Promise<BenchRow[]> {
  const browser = await launchExtensionBrowser();
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  const opens: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    await page.addInitScript(WATCH_STATUS);
    await page.goto(url);
    // Polled from outside: the extension's CSP forbids the string evaluation waitForFunction uses.
    while ((await page.evaluate('window.__sccStatusAt')) === undefined) await page.waitForTimeout(5);
    opens.push(Number(await page.evaluate('window.__sccStatusAt')));
    await page.close();
  }
  await browser.close();
  console.log(
    `  status popup over ${RUNS} opens: median ${percentile(opens, 50).toFixed(1)} ms, max ${Math.max(...opens).toFixed(1)} ms`,
  );
  return [row('popup opened -> Status interactive, median', percentile(opens, 50), 'ms', 80)];
}
