/**
 * Banner inserted -> overlay shown: 50 insertions of a deactivation banner into a live page,
 * each timed in the page from the insertion to the moment our host element carries the
 * contract attribute, then the banner is removed and the overlay must go before the next one.
 */
import { launchExtensionBrowser } from '../support/extension-browser';
import { ordersPage } from './orders-page';
import { type BenchRow, row } from './results';
import { percentile } from './stats';

const URL_ = 'https://sellercentral.amazon.com/orders-v3?page=1';
const INSERTIONS = 50;

// Plain strings: tsx would otherwise inject its __name helper into functions run in the page.
const INSERT_AND_TIME = `new Promise((resolve) => {
  const banner = document.createElement('div');
  banner.className = 'a-box a-alert a-alert-error';
  banner.setAttribute('role', 'alert');
  banner.textContent = 'Your Amazon seller account has been deactivated.';
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-scc-account-state="deactivated"]') === null) return;
    observer.disconnect();
    resolve(performance.now() - start);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  const start = performance.now();
  document.querySelector('main').prepend(banner);
})`;

const REMOVE_AND_WAIT = `new Promise((resolve) => {
  document.querySelector('main > [role="alert"]').remove();
  if (document.querySelector('[data-scc-account-state]') === null) return resolve(0);
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-scc-account-state]') !== null) return;
    observer.disconnect();
    resolve(0);
  });
  observer.observe(document.body, { childList: true, subtree: true });
})`;

export async function overlayLatencyRows(): Promise<BenchRow[]> {
  const browser = await launchExtensionBrowser();
  await browser.serve(URL_, ordersPage(200));
  const page = await browser.context.newPage();
  await page.goto(URL_);
  await page.waitForTimeout(1500);
  const samples: number[] = [];
  for (let i = 0; i < INSERTIONS; i++) {
    samples.push(Number(await page.evaluate(INSERT_AND_TIME)));
    await page.evaluate(REMOVE_AND_WAIT);
  }
  await browser.close();
  console.log(
    `  banner -> overlay over ${INSERTIONS} insertions: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`,
  );
  return [
    row('banner inserted -> overlay shown, p50', percentile(samples, 50), 'ms', 100),
    row('banner inserted -> overlay shown, p95', percentile(samples, 95), 'ms', 100),
  ];
}
