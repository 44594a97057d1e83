/**
 * One notice per state in every Seller Central language, and one trap each, in real Chromium:
 * the built extension reads pages from the tuning half of the evaluation corpus, served at their
 * Seller Central URLs (declarative shadow roots and same-origin frames as Chromium parses them),
 * with the lexicons the worker sends for the page's languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { type CorpusCase, corpusFiles } from '../accuracy/corpus';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';

const QUIET_MS = 1500;
const files = corpusFiles('tuning');
const byId = new Map(files.flatMap((f) => f.cases.map((c) => [c.id, c] as const)));

/** The first tuning case of each state, and the first trap not on a help or forum URL. */
const chosen = files.map((file) => ({
  language: file.language,
  notices: STATES_BY_SEVERITY.map((state) => file.cases.find((c) => c.expected === state) as CorpusCase),
  trap: file.cases.find((c) => c.expected === null && !/\/(gp\/)?help|forums|learn|news/.test(c.url)) as CorpusCase,
}));

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.context.route(
    (url) => url.searchParams.has('scc-case'),
    (route) => {
      const c = byId.get(new URL(route.request().url()).searchParams.get('scc-case') ?? '');
      const lang = c?.htmlLang ? ` lang="${c.htmlLang}"` : '';
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html${lang}><head><meta charset="utf-8"><title>Seller Central</title></head><body>${c?.html ?? ''}</body></html>`,
      });
    },
  );
});

afterAll(async () => {
  await browser?.close();
});

function caseUrl(c: CorpusCase): string {
  const url = new URL(c.url);
  url.searchParams.set('scc-case', c.id);
  return url.href;
}

const stateOn = (page: Page) =>
  page.evaluate(
    () => document.querySelector('[data-scc-account-state]')?.getAttribute('data-scc-account-state') ?? null,
  );

describe.each(chosen.map((c) => [c.language, c] as const))(
  'Seller Central in %s, real Chromium',
  (_, { notices, trap }) => {
    it(`shows each state: ${notices.map((c) => c.id).join(', ')}`, async () => {
      const pages = await Promise.all(
        notices.map(async (c) => {
          const page = await browser.context.newPage();
          await page.goto(caseUrl(c));
          return page;
        }),
      );
      await Promise.all(
        notices.map((c, i) =>
          expect
            .poll(() => stateOn(pages[i] as Page), { timeout: 10_000, message: `${c.id}: ${c.note}` })
            .toBe(c.expected),
        ),
      );
      // The card quotes the notice's own words, as text.
      const quote = await (pages[0] as Page).evaluate(
        () =>
          document.querySelector('[data-scc-account-state]')?.shadowRoot?.querySelector('blockquote')?.textContent ??
          '',
      );
      expect(quote.length).toBeGreaterThan(0);
      await Promise.all(pages.map((p) => p.close()));
    });

    it(`stays silent on ${trap.id} (${trap.kind})`, async () => {
      const page = await browser.context.newPage();
      await page.goto(caseUrl(trap));
      const reported = async () =>
        Object.values(await browser.storage('session')).some((r) =>
          ((r as { url?: string })?.url ?? '').includes(`scc-case=${trap.id}`),
        );
      await expect.poll(reported, { timeout: 10_000 }).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
      expect(await stateOn(page), `${trap.id}: ${trap.note}`).toBeNull();
      await page.close();
    });
  },
);
