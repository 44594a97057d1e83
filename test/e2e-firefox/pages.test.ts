/** Removal badges on Seller Central report pages, and the checklist's fallback when storage.sync is full, in Firefox. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../support/extension-browser';
import { TAB_READY } from '../support/ui';
import { type FirefoxExtension, type InExtension, launchFirefoxExtension } from './support/firefox-browser';
import { clickSelector, clickText, countOf, waitFor } from './support/page-actions';

interface FixtureEntry {
  readonly file: string;
  readonly url: string;
  readonly orders: readonly { readonly orderId: string; readonly eligibility: string }[];
}

const REMOVAL: readonly FixtureEntry[] = JSON.parse(readFileSync(join(FIXTURE_DIR, 'removal/manifest.json'), 'utf8'));
const REPORTS = REMOVAL.filter((entry) => entry.url.includes('/reportcentral/'));

let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxExtension();
  for (const entry of REPORTS) firefox.serveFixture(entry.url, `removal/${entry.file}`);
});

afterAll(async () => {
  await firefox?.close();
});

/** Every badge on the page, through open shadow roots. */
function badges(page: Page): Promise<Array<{ orderId: string; eligibility: string; anchor: number }>> {
  return page.evaluate(() => {
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.hasAttribute('data-scc-removal-order')) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    const parents = [...new Set(found.map((element) => element.parentNode))];
    return found.map((element) => ({
      orderId: element.getAttribute('data-scc-removal-order') ?? '',
      eligibility: element.getAttribute('data-scc-cancel-eligibility') ?? '',
      anchor: parents.indexOf(element.parentNode),
    }));
  });
}

describe('removal badges on report pages in Firefox', () => {
  it('has report fixtures', () => expect(REPORTS.length).toBeGreaterThanOrEqual(2));

  for (const entry of REPORTS) {
    it(`${entry.file}: one badge per order row, with the contract attributes`, async () => {
      const page = await firefox.openSellerCentral(entry.url);
      await expect.poll(async () => (await badges(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const found = await badges(page);
      const byOrder = [...new Map(found.map((b) => [b.orderId, b.eligibility]))]
        .map(([orderId, eligibility]) => ({ orderId, eligibility }))
        .sort((a, b) => a.orderId.localeCompare(b.orderId));
      expect(byOrder).toEqual([...entry.orders].sort((a, b) => a.orderId.localeCompare(b.orderId)));
      // Never two badges in one place.
      expect(new Set(found.map((b) => b.anchor)).size).toBe(found.length);
      await page.close();
    });
  }
});

describe('a full storage.sync in Firefox', () => {
  it('keeps checklist progress on this device, says so, and moves it to sync once there is room', async () => {
    // Fill sync until it refuses even a few bytes more. Firefox has no storage.sync.QUOTA_BYTES
    // constant and counts bytes its own way, so the test asks sync itself where the limit is.
    const fillers = await firefox.inExtension(async () => {
      const { sync } = (globalThis as unknown as InExtension).browser.storage;
      const keys: string[] = [];
      for (let size = 8_000; size >= 4; ) {
        const key = `filler${String(keys.length).padStart(3, '0')}`;
        try {
          await sync.set({ [key]: 'x'.repeat(size) });
          keys.push(key);
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return keys;
    }, null);
    const popup = await firefox.openPopup();
    await clickText(popup, '[role="tab"]', 'Checklists');
    await waitFor(popup, TAB_READY.Checklists);
    await popup.select('#checklist-market', 'SE');
    await clickSelector(popup, '[data-checklist="while-on-hold"]');
    await clickSelector(popup, '[data-item="fulfil-orders"] input[type="checkbox"]');
    await expect.poll(() => countOf(popup, '[data-testid="progress-stored-locally"]'), { timeout: 10_000 }).toBe(1);
    const local = await firefox.storage('local');
    expect(Object.keys(local['syncFallback:progress:SE:while-on-hold'] as object)).toEqual(['done']);

    await firefox.inExtension(
      (keys) => (globalThis as unknown as InExtension).browser.storage.sync.remove(keys),
      fillers,
    );
    await clickSelector(popup, '[data-item="answer-buyers"] input[type="checkbox"]');
    await expect.poll(() => countOf(popup, '[data-testid="progress-stored-locally"]'), { timeout: 10_000 }).toBe(0);
    const progress = (await firefox.storage('sync'))['progress:SE:while-on-hold'] as { done: object } | undefined;
    expect(Object.keys(progress?.done ?? {}).sort()).toEqual(['answer-buyers', 'fulfil-orders']);
    await popup.close();
  });
});
