/**
 * What the popup really loads, in real Chromium, gzipped from the build output: when it opens
 * (the Status tab), and after every tab has been visited (each tab's code loads on first use).
 * Chunks for other UI languages are never requested, so they never count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, type ExtensionBrowser } from './extension-browser';

export interface LoadedBundle {
  readonly bytes: number;
  readonly files: readonly string[];
}

export interface PopupLoad {
  readonly opened: LoadedBundle;
  readonly everyTab: LoadedBundle;
}

const gzipped = (files: Iterable<string>): LoadedBundle => {
  const list = [...files].sort();
  const bytes = list.reduce(
    (total, file) => total + gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length,
    0,
  );
  return { bytes, files: list };
};

export async function measurePopupLoad(browser: ExtensionBrowser): Promise<PopupLoad> {
  // The navigation to popup.html itself is not a subresource request: count it explicitly.
  const requested = new Set<string>(['popup.html']);
  const page = await browser.context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' && /\.(js|css)$/.test(url.pathname)) requested.add(url.pathname.slice(1));
  });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const tabs = page.getByRole('tab');
  await tabs.first().waitFor();
  await page.waitForLoadState('networkidle');
  const opened = gzipped(requested);
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    await page.waitForLoadState('networkidle');
  }
  await page.close();
  return { opened, everyTab: gzipped(requested) };
}
