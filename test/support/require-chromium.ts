/** Runs before the e2e tests: finds (or on Debian as root, installs) Chromium, or stops with one line. */
import { ensureChromium } from './find-chromium';

console.log(`Chromium: ${ensureChromium()}`);
