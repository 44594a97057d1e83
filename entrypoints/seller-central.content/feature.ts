import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext, PageKind } from '@/lib/pages';

/**
 * One in-page feature per file. `kinds` gates it by URL before any DOM work; init returns
 * false when the page turns out not to need it.
 */
export interface Feature {
  readonly id: string;
  /** Page kinds it runs on; omitted means every Seller Central page. */
  readonly kinds?: readonly PageKind[];
  init(ctx: ContentScriptContext, page: PageContext): boolean | Promise<boolean>;
}

export function appliesTo(feature: Feature, page: PageContext): boolean {
  return feature.kinds === undefined || feature.kinds.includes(page.kind);
}
