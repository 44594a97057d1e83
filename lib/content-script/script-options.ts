import { sellerCentralMatchesFor } from '@/lib/marketplaces';
import { pathsOf } from '@/lib/pages';
import type { Feature } from './feature';

/**
 * What WXT reads from a content script's entry, the same for every one:
 * `defineContentScript({ ...featureScriptOptions(FEATURES), main: (ctx) => runFeatures(FEATURES, ctx) })`.
 * `main` stays in the entry because WXT strips it, and what only it imports, when it reads the
 * options in node: the runner needs an extension to load.
 */
export function featureScriptOptions(features: readonly Feature[]) {
  return {
    matches: matchesFor(features),
    runAt: 'document_idle',
    // WXT would otherwise postMessage the extension id to the page: page scripts learn nothing from us.
    noScriptStartedPostMessage: true,
  } as const;
}

/**
 * A content script's manifest `matches`: every Seller Central host, on the paths of the page kinds
 * its features include (their `paths` in lib/pages.ts), less the kinds it is injected on demand.
 * WXT evaluates it at build time, so it stays plain data work that needs no page.
 */
export function matchesFor(features: readonly Feature[]): string[] {
  // Only the manifest needs them, and WXT builds it in node (SSR): the shipped script gets an empty
  // list and carries none of this work.
  if (!import.meta.env.SSR) return [];
  // A script that serves every page matches every page: its narrower features need no paths.
  if (features.some((feature) => feature.include === 'every-page')) return sellerCentralMatchesFor(['/*']);
  const paths = new Set<string>();
  for (const { id, include, injectedOn } of features) {
    if (include !== 'every-page')
      for (const kind of include) {
        if (injectedOn?.includes(kind)) continue;
        const covering = pathsOf(kind);
        if (!covering) throw new Error(`${id}: no paths for page kind ${kind}`);
        for (const path of covering) paths.add(path);
      }
  }
  // "/cu/*" already covers "/cu/case-lobby*": a pattern inside a wider one only lengthens the manifest.
  const prefixes = [...paths].filter((path) => path.indexOf('*') === path.length - 1).map((path) => path.slice(0, -1));
  const needed = [...paths].filter(
    (path) => !prefixes.some((prefix) => path !== `${prefix}*` && path.startsWith(prefix)),
  );
  return sellerCentralMatchesFor(needed);
}
