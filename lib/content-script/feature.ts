import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext, PageKind } from '@/lib/pages';

/**
 * How a running feature follows single-page navigation: Seller Central's apps change the URL
 * without a reload, and a feature that shows something for one page kind must withdraw it when
 * the page becomes another.
 */
export interface NavigationHooks {
  /** The URL changed to a page the feature serves: the page it served already, or one after a stand-down. */
  navigated?(page: PageContext): unknown;
  /** The URL changed to a page the feature does not serve: it withdraws until `navigated` again. */
  standDown?(): void;
}

/**
 * One in-page feature (refined-github's `features.add(id, {include, exclude, init})`). The page
 * kinds it names gate it before any DOM work, and are what a narrow content script's manifest
 * matches are generated from (script-options.ts).
 */
export interface Feature {
  readonly id: string;
  readonly include: readonly PageKind[] | 'every-page';
  readonly exclude?: readonly PageKind[];
  /**
   * Kinds among `include` whose pages get the feature's script only on demand: the manifest
   * leaves their paths out, and a probe in the main script asks the background to inject the
   * script once the page shows something for it (lib/removal/probe.dom.ts).
   */
  readonly injectedOn?: readonly PageKind[];
  /**
   * Starts the feature on a page it serves. `false` declines the page (it turned out not to need
   * the feature); hooks keep it following the page's single-page navigation.
   */
  init(ctx: ContentScriptContext, page: PageContext): Started | Promise<Started>;
}

type Started = boolean | NavigationHooks;

/** Declares a feature; only here for the types, as with WXT's `define*` helpers. */
export function defineFeature(feature: Feature): Feature {
  return feature;
}

export function serves(feature: Feature, kind: PageKind): boolean {
  return (feature.include === 'every-page' || feature.include.includes(kind)) && !feature.exclude?.includes(kind);
}
