/**
 * Runs before the Firefox e2e tests: finds (or on Debian as root, installs) Firefox and starts
 * it once over WebDriver BiDi with the Firefox build installed, or stops with one line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT } from './extension-browser';
import { ensureFirefox } from './find-firefox';

const executablePath = ensureFirefox();
const build = join(ROOT, '.output/firefox-mv3/manifest.json');
if (!existsSync(build)) {
  console.error('No Firefox build: run `npm run build:firefox` first.');
  process.exit(1);
}
try {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const version = await browser.version();
  await browser.installExtension(join(ROOT, '.output/firefox-mv3'));
  await browser.close();
  console.log(`Firefox: ${executablePath} (${version})`);
} catch (error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`Firefox at ${executablePath} could not start or take the extension over WebDriver BiDi: ${reason}`);
  process.exit(1);
}
