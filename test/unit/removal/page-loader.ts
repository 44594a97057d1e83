/**
 * Loads a removal fixture into a happy-dom page at its Seller Central URL, with the page's own
 * scripts running (the Manage Orders fixture builds its kat-table in shadow roots at load).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from 'happy-dom';

export interface FixtureEntry {
  readonly file: string;
  readonly url: string;
  readonly orders: readonly { readonly orderId: string; readonly eligibility: string }[];
  readonly createRules?: boolean;
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages/removal');

export const MANIFEST: readonly FixtureEntry[] = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));

export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

export async function openFixture(
  entry: Pick<FixtureEntry, 'file' | 'url'>,
): Promise<{ document: Document; close(): Promise<void> }> {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      // Only our own fixture scripts run here.
      suppressInsecureJavaScriptEnvironmentWarning: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  const page = browser.newPage();
  page.url = entry.url;
  page.content = fixtureHtml(entry.file);
  await page.waitUntilComplete();
  return { document: page.mainFrame.document as unknown as Document, close: () => browser.close() };
}
