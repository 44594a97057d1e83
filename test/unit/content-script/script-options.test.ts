// @vitest-environment node
// matchesFor does its work where WXT reads the manifest, in node (import.meta.env.SSR).
import caseCaptureScript from '@/entrypoints/case-capture.content';
import removalOrdersScript from '@/entrypoints/removal-orders.content';
import { defineFeature } from '@/lib/content-script/feature';
import { matchesFor } from '@/lib/content-script/script-options';
import { MARKETPLACES, SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { PAGE_KINDS, type PageKind, pathsOf } from '@/lib/pages';
import { OTHER_EXAMPLES, PAGE_EXAMPLES } from '@/lib/pages.examples';

/**
 * A match pattern as Chrome and Firefox apply it to a content script: scheme and host exactly,
 * the path against path plus query, case-sensitively, `*` standing for any run of characters.
 */
function covers(pattern: string, url: string): boolean {
  const parts = /^(https):\/\/([^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`not a match pattern this test knows: ${pattern}`);
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const target = new URL(url);
  const glob = path.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return (
    target.protocol === `${scheme}:` &&
    target.hostname === host &&
    new RegExp(`^${glob.join('.*')}$`).test(target.pathname + target.search)
  );
}

/** The `matches` a content script declares; WXT would also take one list per browser, which these never use. */
function matchesOf(script: { readonly matches?: unknown }): string[] {
  if (!Array.isArray(script.matches)) throw new Error('matches is not one list');
  return script.matches;
}

const KINDS_WITH_PATHS = PAGE_KINDS.filter((kind) => pathsOf(kind));
const examplesOf = (kind: PageKind) => (kind === 'other' ? OTHER_EXAMPLES : PAGE_EXAMPLES[kind]);
const feature = (include: PageKind[] | 'every-page') => defineFeature({ id: 'probe', include, init: () => true });

describe('the matcher this test uses', () => {
  it('reads paths as browsers do: with the query, case-sensitively, * for anything', () => {
    expect(
      covers('https://sellercentral.amazon.com/orders-v3*', 'https://sellercentral.amazon.com/orders-v3?x=1'),
    ).toBe(true);
    expect(covers('https://sellercentral.amazon.com/cu/*', 'https://sellercentral.amazon.com/cu/a/b')).toBe(true);
    expect(covers('https://sellercentral.amazon.com/cu/*', 'https://sellercentral.amazon.com/CU/a')).toBe(false);
    expect(covers('https://sellercentral.amazon.com/home', 'https://sellercentral.amazon.com/home?x')).toBe(false);
    expect(covers('https://sellercentral.amazon.com/*', 'https://sellercentral.amazon.de/home')).toBe(false);
  });
});

describe('paths: the match-pattern paths of each page kind', () => {
  it.each(KINDS_WITH_PATHS)('%s: every example URL is covered on its own host', (kind) => {
    const paths = pathsOf(kind) ?? [];
    for (const example of examplesOf(kind)) {
      const host = new URL(example).hostname;
      expect(
        paths.some((path) => covers(`https://${host}${path}`, example)),
        example,
      ).toBe(true);
    }
  });

  it('starts every path at the root', () => {
    for (const kind of KINDS_WITH_PATHS) for (const path of pathsOf(kind) ?? []) expect(path).toMatch(/^\/[^\s?#]*$/);
  });
});

describe('matchesFor: a content script matches the kinds its features include', () => {
  it('covers every host, on the paths of the kinds included', () => {
    expect(matchesFor([feature(['removal-report', 'manage-orders'])])).toEqual(
      MARKETPLACES.flatMap((m) => [
        `https://${m.host}/reportcentral/REMOVAL_ORDER_DETAIL*`,
        `https://${m.host}/orders-v3*`,
      ]),
    );
  });

  it('drops a path a wider one already covers, and says each path once', () => {
    const matches = matchesFor([feature(['case-log', 'support']), feature(['case-view', 'case-log'])]);
    expect(matches).toEqual(
      MARKETPLACES.flatMap((m) => [`https://${m.host}/cu/*`, `https://${m.host}/gp/case-dashboard/*`]),
    );
  });

  it('an every-page feature matches every Seller Central page', () => {
    expect(matchesFor([feature('every-page'), feature(['case-log'])])).toEqual([...SELLER_CENTRAL_MATCHES]);
  });

  it('leaves out the kinds a feature is injected on on demand', () => {
    const probed = defineFeature({
      id: 'probed',
      include: ['removal-report', 'manage-orders'],
      injectedOn: ['manage-orders'],
      init: () => true,
    });
    expect(matchesFor([probed])).toEqual(matchesFor([feature(['removal-report'])]));
  });

  it('refuses a kind that has no paths, naming the feature', () => {
    expect(() => matchesFor([feature(['home'])])).toThrow('probe: no paths for page kind home');
  });
});

describe.each([
  [
    'removal-orders',
    matchesOf(removalOrdersScript),
    // Manage Orders gets it on demand (removal-badges' injectedOn), from the main script's probe.
    ['removal-create', 'removal-detail', 'removal-report'],
  ],
  ['case-capture', matchesOf(caseCaptureScript), ['case-log', 'case-view', 'support']],
] as const)('%s content script', (_, matches, kinds) => {
  it('is injected on every example page of the kinds its features serve', () => {
    for (const kind of kinds)
      for (const example of examplesOf(kind))
        expect(
          matches.some((m) => covers(m, example)),
          example,
        ).toBe(true);
  });

  it('is injected on no example page of any other kind', () => {
    const others = PAGE_KINDS.filter((kind) => !(kinds as readonly PageKind[]).includes(kind));
    for (const kind of others)
      for (const example of examplesOf(kind))
        expect(
          matches.some((m) => covers(m, example)),
          example,
        ).toBe(false);
  });
});
