import { launchExtensionBrowser } from '../support/extension-browser';
import { ordersPage } from './orders-page';
import { extensionTime, recordTrace } from './trace-time';

const URL_ = 'https://sellercentral.amazon.com/orders-v3/fba/all?page=1';
const browser = await launchExtensionBrowser();
await browser.serve(URL_, ordersPage(5000));
const origin = `chrome-extension://${browser.extensionId}/`;
const times: number[] = [];
for (let run = 0; run < 7; run++) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = await recordTrace(cdp, ['devtools.timeline', 'v8'], async () => {
    await page.goto(URL_);
    await page.waitForTimeout(2000);
  });
  times.push(extensionTime(events, origin, 'Seller Central Companion'));
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(process.env.LABEL, times.map((t) => t.toFixed(1)).join(' '), 'median', times[3]?.toFixed(1));
