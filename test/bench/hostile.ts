/**
 * Detection on hostile and heavy pages (issue #11 "Bad input"): the longest single slice of the
 * extension's own main-thread work while such a page loads and is read, from DevTools traces.
 * Budget: 50 ms, the long-task threshold. Also counts layouts our slices force (budget 0, issue #14).
 * - a 100 KB notice (with a deactivation sentence first, and invisible characters inside words);
 * - 100 KB of text with no space or stop in it;
 * - every language at once: the first notice of each state from the tuning half of the
 *   evaluation corpus, 65 notices in 13 languages on one page (every lexicon is fetched).
 */
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { corpusFiles } from '../accuracy/corpus';
import { launchExtensionBrowser } from '../support/extension-browser';
import { type BenchRow, row } from './results';
import { forcedLayouts, longestExtensionSlice, recordTrace } from './trace-time';

const WORLD_NAME = 'Seller Central Companion';
const SETTLE_MS = 2500;
const filler = (chars: number) =>
  'Seller Central keeps your listings, orders and reports in one place. '.repeat(Math.ceil(chars / 69)).slice(0, chars);

function pages(): Record<string, string> {
  const shell = (body: string) =>
    `<!doctype html><html lang="en"><title>Seller Central</title><body><main>${body}</main></body></html>`;
  const everyLanguage = corpusFiles('tuning')
    .flatMap((file) => STATES_BY_SEVERITY.map((state) => file.cases.find((c) => c.expected === state)?.html ?? ''))
    .join('\n');
  return {
    'https://sellercentral.amazon.com/home?bench=long-notice': shell(
      `<div class="a-box a-alert a-alert-error">Your sel\u200bling ac\u00adcount has been de\u200factivated. ${filler(100_000)}</div>`,
    ),
    'https://sellercentral.amazon.com/home?bench=no-spaces': shell(`<div role="alert">${'x'.repeat(100_000)}</div>`),
    'https://sellercentral.amazon.com/performance/dashboard?bench=every-language': shell(everyLanguage),
  };
}

export async function hostileRows(): Promise<BenchRow[]> {
  const browser = await launchExtensionBrowser();
  const origin = `chrome-extension://${browser.extensionId}/`;
  const longest: number[] = [];
  let forced = 0;
  for (const [url, html] of Object.entries(pages())) {
    await browser.serve(url, html);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events = await recordTrace(cdp, ['devtools.timeline', 'v8'], async () => {
      await page.goto(url);
      await page.waitForTimeout(SETTLE_MS);
    });
    const slice = longestExtensionSlice(events, origin, WORLD_NAME);
    const layouts = forcedLayouts(events, origin, WORLD_NAME);
    console.log(
      `  ${new URL(url).search.slice(7)}: longest extension slice ${slice.toFixed(1)} ms, ` +
        `forced layouts ${layouts.count} (${layouts.ms.toFixed(1)} ms)`,
    );
    longest.push(slice);
    forced += layouts.count;
    await page.close();
  }
  await browser.close();
  return [
    row(
      'hostile pages (100 KB notice, no spaces, 13 languages): longest extension slice',
      Math.max(...longest),
      'ms',
      50,
    ),
    // Issue #14: no content script ever makes the page lay out synchronously.
    row('hostile pages: layouts forced inside extension slices', forced, 'layouts', 0),
  ];
}
