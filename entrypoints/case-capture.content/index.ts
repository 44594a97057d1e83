import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardedContext } from '@/lib/content-script/guarded-context';
import { sellerCentralMatchesFor } from '@/lib/marketplaces';
import { pageContextOf } from '@/lib/pages';
import { caseCapture } from './case-capture';

/**
 * Support-case capture, injected only into Seller Central's case app (the case log and case
 * pages, where a single-page navigation can open a case) and the legacy case dashboard, so
 * the main content script keeps its budget for what every page needs.
 */
export default defineContentScript({
  matches: sellerCentralMatchesFor(['/cu/*', '/gp/case-dashboard/*']),
  runAt: 'document_idle',
  // WXT would otherwise postMessage the extension id to the page: page scripts learn nothing from us.
  noScriptStartedPostMessage: true,
  async main() {
    const page = pageContextOf(location.href);
    if (!page) return;
    // Not WXT's context: a page script could stop that one (see guarded-context.ts).
    const ctx = guardedContext();
    try {
      await caseCapture.init(ctx, page);
    } catch (error) {
      console.warn('[Seller Central Companion] case-capture stopped:', error);
    }
  },
});
