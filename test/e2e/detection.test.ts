import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, FIXTURE_DIR, launchExtensionBrowser } from '../support/extension-browser';

interface DetectFixture {
  readonly file: string;
  readonly url: string;
  readonly expected: string | null;
  readonly dynamic?: { readonly settleMs: number; readonly finalUrl?: string };
  readonly note: string;
}

const MANIFEST: readonly DetectFixture[] = JSON.parse(readFileSync(join(FIXTURE_DIR, 'detect/manifest.json'), 'utf8'));
/** After the content script reported the page, how long a healthy page gets to (wrongly) raise an alarm. */
const QUIET_MS = 1500;
const BATCH = 8;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  // Fixtures share URLs, so each is served under a unique query and found by it.
  await browser.context.route(
    (url) => url.searchParams.has('scc-fixture'),
    (route) => {
      const file = new URL(route.request().url()).searchParams.get('scc-fixture') ?? '';
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(join(FIXTURE_DIR, 'detect', file), 'utf8'),
      });
    },
  );
});

afterAll(async () => {
  await browser?.close();
});

function fixtureUrl(fixture: DetectFixture): string {
  const url = new URL(fixture.url);
  url.searchParams.set('scc-fixture', fixture.file);
  return url.href;
}

const stateOn = (page: Page) =>
  page.evaluate(
    () => document.querySelector('[data-scc-account-state]')?.getAttribute('data-scc-account-state') ?? null,
  );

async function run(fixture: DetectFixture): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl(fixture));
  return page;
}

describe('every detection fixture in real Chromium', () => {
  it('has fixtures for all five states and at least 15 traps', () => {
    const states = new Set(MANIFEST.map((f) => f.expected));
    for (const state of ['deactivated', 'on-hold', 'under-review', 'at-risk', 'verification-required'])
      expect(states.has(state), state).toBe(true);
    expect(MANIFEST.filter((f) => f.expected === null).length).toBeGreaterThanOrEqual(15);
    expect(MANIFEST.length).toBeGreaterThanOrEqual(40);
  });

  const positives = MANIFEST.filter((f) => f.expected !== null);
  const negatives = MANIFEST.filter((f) => f.expected === null);

  for (let start = 0; start < positives.length; start += BATCH) {
    const batch = positives.slice(start, start + BATCH);
    it(`shows the right state: ${batch.map((f) => f.file).join(', ')}`, async () => {
      const pages = await Promise.all(batch.map(run));
      await Promise.all(
        batch.map(async (fixture, index) => {
          const page = pages[index] as Page;
          const timeout = (fixture.dynamic?.settleMs ?? 0) + 8000;
          await expect
            .poll(() => stateOn(page), { timeout, message: `${fixture.file}: ${fixture.note}` })
            .toBe(fixture.expected);
          expect(await page.locator('[data-scc-account-state]').count(), fixture.file).toBe(1);
          if (fixture.dynamic?.finalUrl) expect(page.url().split('?')[0]).toBe(fixture.dynamic.finalUrl.split('?')[0]);
        }),
      );
      await Promise.all(pages.map((p) => p.close()));
    });
  }

  for (let start = 0; start < negatives.length; start += BATCH) {
    const batch = negatives.slice(start, start + BATCH);
    it(`stays silent: ${batch.map((f) => f.file).join(', ')}`, async () => {
      const pages = await Promise.all(batch.map(run));
      const settle = Math.max(...batch.map((f) => f.dynamic?.settleMs ?? 0)) + QUIET_MS;
      // The content script is running once each page is reported to the background.
      const reported = async () => {
        const urls = Object.values(await browser.storage('session')).map((r) => (r as { url?: string })?.url ?? '');
        // A page that navigates on its own (SPA) reports again under its new URL.
        const seen = (f: DetectFixture) => (url: string) =>
          url.includes(`scc-fixture=${encodeURIComponent(f.file)}`) || url === f.dynamic?.finalUrl;
        return batch.every((f) => urls.some(seen(f)));
      };
      await expect.poll(reported, { timeout: 10_000 }).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, settle));
      for (const [index, fixture] of batch.entries()) {
        expect(await stateOn(pages[index] as Page), `${fixture.file}: ${fixture.note}`).toBeNull();
      }
      await Promise.all(pages.map((p) => p.close()));
    });
  }
});
