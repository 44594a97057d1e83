/**
 * What the background's size really costs: a stopped service worker is started by a message
 * and must answer it. Timed from an extension page, worker stopped through CDP before each run.
 */
import { launchExtensionBrowser } from '../support/extension-browser';
import { type BenchRow, row } from './results';
import { median, percentile } from './stats';

const RUNS = 15;

// A string, so tsx's helpers never end up inside the page. The message is the protocol's getTabStatus.
const TIMED_MESSAGE = `(async () => {
  const start = performance.now();
  await chrome.runtime.sendMessage({ id: 1, type: 'getTabStatus', data: -1, timestamp: Date.now() });
  return performance.now() - start;
})()`;

export async function workerStartRows(): Promise<BenchRow[]> {
  const browser = await launchExtensionBrowser();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    samples.push(Number(await page.evaluate(TIMED_MESSAGE)));
  }
  await browser.close();
  console.log(
    `  worker cold start -> answer over ${RUNS} runs: median ${median(samples).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`,
  );
  return [row('background cold start -> first message answered, median', median(samples), 'ms', 100)];
}
