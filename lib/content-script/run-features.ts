import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type PageContext, pageContextOf } from '@/lib/pages';
import { type Feature, type NavigationHooks, serves } from './feature';
import { guardContext } from './guarded-context';
import { claimScript, type OnDemandScript } from './script-presence';

/**
 * Runs a content script's features on this page: the page is read once, and a page none of them
 * serves costs nothing more (no context, no listener, no extension call). Each feature starts
 * when the page becomes one it serves, stands down when it no longer does, and fails alone.
 * A script also injected on demand names itself: a second copy in the same frame (two requests
 * crossing, or the manifest's copy already there) then does nothing.
 */
export async function runFeatures(
  features: readonly Feature[],
  wxtContext: ContentScriptContext,
  onDemand?: OnDemandScript,
): Promise<void> {
  // Guarded at once: as WXT made it, a page script could stop it (see guarded-context.ts).
  const ctx = guardContext(wxtContext);
  if (onDemand && !claimScript(onDemand)) return;
  const page = pageContextOf(location.href);
  if (!page || !features.some((feature) => serves(feature, page.kind))) return;
  const visits = features.map((feature) => visitor(feature, ctx));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const next = pageContextOf(event.newUrl);
    if (next) for (const visit of visits) void visit(next);
  });
  await Promise.all(visits.map((visit) => visit(page)));
}

/** One feature's life on the page, told of every page the tab shows. */
function visitor(feature: Feature, ctx: ContentScriptContext): (page: PageContext) => Promise<void> {
  /** Set once init accepted the page. */
  let hooks: NavigationHooks | undefined;
  let serving = false;
  /** While init runs, and for good once it threw. */
  let busy = false;
  /** The page the tab shows now: a navigation while init runs is followed once it has. */
  let latest: PageContext;
  const visit = async (page: PageContext): Promise<void> => {
    latest = page;
    if (busy) return;
    const wanted = serves(feature, page.kind);
    try {
      if (!hooks) {
        if (!wanted) return;
        busy = true;
        const started = await feature.init(ctx, page);
        busy = false;
        if (started !== false) {
          hooks = started === true ? {} : started;
          serving = true;
        }
        if (latest !== page) await visit(latest);
      } else if (wanted) {
        serving = true;
        await hooks.navigated?.(page);
      } else if (serving) {
        serving = false;
        hooks.standDown?.();
      }
    } catch (error) {
      // One broken feature must never break Seller Central or the other features.
      console.warn(`[Seller Central Companion] ${feature.id} stopped:`, error);
    }
  };
  return visit;
}
