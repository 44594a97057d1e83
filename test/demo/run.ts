/**
 * `npm start`: Chromium with the built extension on demo Seller Central pages served by
 * request routing. Headed where a display exists (close the window to end), otherwise
 * headless, saving screenshots to demo-output/ and printing their paths.
 */
import { join } from 'node:path';
import { launchExtensionBrowser, ROOT } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';
import { DEMO_PAGES } from './pages';

const OUTPUT = join(ROOT, 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';

const browser = await launchExtensionBrowser({ headless: !headed });
const saved: string[] = [];
for (const [index, demo] of DEMO_PAGES.entries()) {
  await browser.serveFixture(demo.url, demo.fixture);
  const page = await browser.context.newPage();
  await page.goto(demo.url);
  await page.waitForTimeout(500);
  saved.push(await screenshot(page, `${index + 1}-page-${demo.title.replace(/\W+/g, '-').toLowerCase()}`, OUTPUT));
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 420, height: 560 });
  await popup.getByRole('tab').first().waitFor();
  saved.push(await screenshot(popup, `${index + 1}-popup-${demo.title.replace(/\W+/g, '-').toLowerCase()}`, OUTPUT));
  if (!headed) await popup.close();
}
const options = await browser.openOptions();
await options.locator('h1').waitFor();
saved.push(await screenshot(options, `${DEMO_PAGES.length + 1}-options`, OUTPUT));

console.log('Screenshots:');
for (const path of saved) console.log(`  ${path}`);
if (headed) {
  console.log('Chromium is open with the extension loaded; close its window to end the demo.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
} else {
  await browser.close();
}
