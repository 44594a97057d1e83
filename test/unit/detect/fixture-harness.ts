/**
 * Loads a detection fixture into its own happy-dom browser page (test/support/happy-browser.ts)
 * with its inline Katal stand-ins running.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserPage } from 'happy-dom';
import type { AccountState, Severity } from '@/lib/account-state/states';
import type { SellerCentralLanguage as PhraseLanguage } from '@/lib/lang/languages';
import { happyBrowser } from '../../support/happy-browser';

export interface FixtureEntry {
  readonly file: string;
  readonly url: string;
  readonly expected: AccountState | null;
  readonly severity?: Severity;
  readonly language: PhraseLanguage;
  readonly dynamic?: { readonly settleMs: number; readonly finalUrl?: string };
  readonly note: string;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages/detect');

export const MANIFEST: readonly FixtureEntry[] = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

export function fixtureHtml(file: string): string {
  return readFileSync(join(DIR, file), 'utf8');
}

export interface LoadedFixture {
  readonly page: BrowserPage;
  readonly window: BrowserPage['mainFrame']['window'];
  readonly document: BrowserPage['mainFrame']['document'];
  close(): Promise<void>;
}

/** Parses the fixture at its Seller Central URL and runs its inline scripts (timers keep running). */
export function loadFixture(entry: FixtureEntry): LoadedFixture {
  const browser = happyBrowser({ frames: false });
  const page = browser.newPage();
  page.url = entry.url;
  page.content = fixtureHtml(entry.file);
  return {
    page,
    window: page.mainFrame.window,
    document: page.mainFrame.document,
    close: () => browser.close(),
  };
}
