import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardedContext } from '@/lib/content-script/guarded-context';
import { SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { pageContextOf } from '@/lib/pages';
import { appliesTo, type Feature } from './feature';
import { accountState } from './features/account-state';
import { pageReport } from './features/page-report';

/**
 * What every Seller Central page needs. Features for a few page kinds only (removal orders,
 * case capture) are content scripts of their own, injected on those paths alone.
 */
const FEATURES: readonly Feature[] = [pageReport, accountState];

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_idle',
  // WXT would otherwise postMessage the extension id to the page: page scripts learn nothing from us.
  noScriptStartedPostMessage: true,
  async main() {
    const page = pageContextOf(location.href);
    if (!page) return;
    // Not WXT's context: a page script could stop that one (see guarded-context.ts).
    const ctx = guardedContext();
    await Promise.all(
      FEATURES.filter((feature) => appliesTo(feature, page)).map(async (feature) => {
        try {
          await feature.init(ctx, page);
        } catch (error) {
          // One broken feature must never break Seller Central or the other features.
          console.warn(`[Seller Central Companion] ${feature.id} stopped:`, error);
        }
      }),
    );
  },
});
