/**
 * The worker reads its own packaged `_locales/<folder>/messages.json` through fetch (lib/i18n/load.ts);
 * in unit tests the fake browser's URLs cannot be fetched, so fetch serves those files from
 * public/_locales, as Chrome serves them from the package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '@/lib/storage/items/settings';

const LOCALES = join(import.meta.dirname, '../../public/_locales');

export function servePackagedMessages(): void {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
    const folder = /_locales\/(\w+)\/messages\.json$/.exec(String(url))?.[1];
    if (!folder) throw new TypeError(`unit tests fetch only packaged messages, not ${String(url)}`);
    return new Response(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8'));
  });
}

/**
 * A fresh fake browser for each test of a worker module that writes to the seller: its own
 * packaged messages served, the UI language set to English, mocks restored after.
 */
export function freshEnglishWorkerPerTest(): void {
  beforeEach(async () => {
    fakeBrowser.reset();
    servePackagedMessages();
    await settingsItem.set({ ...(await settingsItem.get()), language: 'en' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
