import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './extension-browser';

export const SCREENSHOT_DIR = join(ROOT, 'test-output/screenshots');

/** Saves a full-page PNG under test-output/screenshots (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string, dir = SCREENSHOT_DIR): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
