/**
 * Every detection fixture the Chromium suite uses, in real Firefox: the content script reads
 * Katal shadow roots and custom elements through Xray wrappers there, so each state and each
 * trap is checked again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, readFixture } from '../support/extension-browser';
import { type FirefoxExtension, launchFirefoxExtension } from './support/firefox-browser';

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
const BATCH = 6;

let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxExtension();
  // Fixtures share URLs, so each is served under a unique query and found by it.
  firefox.route((url) => {
    const file = url.searchParams.get('scc-fixture');
    return file ? readFixture(`detect/${file}`) : null;
  });
});

afterAll(async () => {
  await firefox?.close();
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

describe('every detection fixture in real Firefox', () => {
  const positives = MANIFEST.filter((f) => f.expected !== null);
  const negatives = MANIFEST.filter((f) => f.expected === null);

  it('covers deactivation and hold pages with Katal shadow roots, and traps', () => {
    const katal = positives.filter((f) => /shadow root/.test(f.note));
    expect(katal.map((f) => f.expected)).toEqual(expect.arrayContaining(['deactivated', 'on-hold']));
    expect(negatives.length).toBeGreaterThanOrEqual(15);
  });

  for (let start = 0; start < positives.length; start += BATCH) {
    const batch = positives.slice(start, start + BATCH);
    it(`shows the right state: ${batch.map((f) => f.file).join(', ')}`, async () => {
      const pages = await Promise.all(batch.map((f) => firefox.openSellerCentral(fixtureUrl(f))));
      await Promise.all(
        batch.map(async (fixture, index) => {
          const page = pages[index] as Page;
          const timeout = (fixture.dynamic?.settleMs ?? 0) + 10_000;
          await expect
            .poll(() => stateOn(page), { timeout, message: `${fixture.file}: ${fixture.note}` })
            .toBe(fixture.expected);
          expect(await page.$$eval('[data-scc-account-state]', (found) => found.length), fixture.file).toBe(1);
        }),
      );
      await Promise.all(pages.map((p) => p.close()));
    });
  }

  for (let start = 0; start < negatives.length; start += BATCH) {
    const batch = negatives.slice(start, start + BATCH);
    it(`stays silent: ${batch.map((f) => f.file).join(', ')}`, async () => {
      const pages = await Promise.all(batch.map((f) => firefox.openSellerCentral(fixtureUrl(f))));
      const settle = Math.max(...batch.map((f) => f.dynamic?.settleMs ?? 0)) + QUIET_MS;
      // The content script is running once each page is reported to the background.
      const reported = async () => {
        const urls = Object.values(await firefox.storage('session')).map((r) => (r as { url?: string })?.url ?? '');
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

describe('the overlay card in Firefox', () => {
  it('shows a calm card with facts and three steps on a deactivation page', async () => {
    const fixture = MANIFEST.find((f) => f.file === 'deactivated-en-dashboard.html') as DetectFixture;
    const page = await firefox.openSellerCentral(fixtureUrl(fixture));
    await expect.poll(() => stateOn(page), { timeout: 10_000 }).toBe('deactivated');
    const card = () =>
      page.evaluate(() => {
        const section = document.querySelector('[data-scc-account-state]')?.shadowRoot?.querySelector('section');
        if (!section) return null;
        return {
          visible: getComputedStyle(section).visibility !== 'hidden' && section.getBoundingClientRect().height > 0,
          steps: section.querySelectorAll('ol > li').length,
          facts: [...section.querySelectorAll('dt')].map((dt) => dt.textContent),
        };
      });
    await expect.poll(async () => (await card())?.visible, { timeout: 10_000 }).toBe(true);
    expect(await card()).toMatchObject({
      steps: 3,
      facts: ['Selling', 'Listings', 'Funds', 'FBA orders', 'FBM orders'],
    });
    await page.close();
  });
});
