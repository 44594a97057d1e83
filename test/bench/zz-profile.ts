import { launchExtensionBrowser } from '../support/extension-browser';
import { recordTrace } from './trace-time';

const filler = (chars: number) =>
  'Seller Central keeps your listings, orders and reports in one place. '.repeat(Math.ceil(chars / 69)).slice(0, chars);
const URL_ = 'https://sellercentral.amazon.com/home?bench=long';
const browser = await launchExtensionBrowser();
await browser.serve(
  URL_,
  `<!doctype html><html lang="en"><body><main><div class="a-box a-alert a-alert-error">Your selling account has been deactivated. ${filler(100_000)}</div></main></body></html>`,
);
const origin = `chrome-extension://${browser.extensionId}/`;
for (let run = 0; run < 3; run++) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = await recordTrace(
    cdp,
    ['devtools.timeline', 'v8', 'disabled-by-default-v8.cpu_profiler'],
    async () => {
      await page.goto(URL_);
      await page.waitForTimeout(2500);
    },
  );
  const mine = events.filter(
    (e) =>
      e.ph === 'X' &&
      ((e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith(origin)) ||
        ((e.name === 'v8.callFunction' || e.name === 'v8.run') && e.args?.worldName === 'Seller Central Companion')),
  );
  const top = mine.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 6);
  console.log(
    'run',
    run,
    top
      .map(
        (e) =>
          `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}ms tdur ${((e.tdur ?? 0) / 1000).toFixed(1)} ${(e.args?.data?.url ?? '').replace(origin, '')}`,
      )
      .join('\n  '),
  );
  await page.close();
}
await browser.close();
