import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardedContext } from '@/lib/content-script/guarded-context';
import { type MessageLookup, pageMessages, whenIdle } from '@/lib/content-script/page-messages';
import { ChangeWatcher } from '@/lib/dom/change-watcher.dom';
import { sellerCentralMatchesFor } from '@/lib/marketplaces';
import { sendMessage } from '@/lib/messaging';
import { type PageKind, pageContextOf, pageKindOf } from '@/lib/pages';
import { isOwnElement } from '@/lib/removal/dom-text.dom';
import { isRowOrSilent, REMOVAL_PAGE_KINDS, scanOptionsForUrl } from '@/lib/removal/table-scan.dom';
import { RemovalAnnotator } from './annotator';
import { RulesPanel } from './rules-panel';
import { SightingReporter } from './sightings';
import { TooltipController } from './tooltip';

/**
 * Removal orders in place: a badge with the cancel verdict beside every order the removal
 * pages show, and the rules that bite on the create page. A script of its own, injected only
 * on these paths, so the main content script stays within its size budget.
 */
const REMOVAL_PAGE_PATHS = [
  '/recoveryui/removal-order/*',
  '/reportcentral/REMOVAL_ORDER_DETAIL*',
  '/orders-v3*',
] as const;

/**
 * Only changes that can alter what an order says: a hover that toggles a class is no batch on a
 * 2,000-row table. These are the attributes Katal renders as text.
 */
const ORDER_TEXT_ATTRIBUTES = ['label', 'text', 'header'];

const isRemovalPage = (kind: PageKind) => (REMOVAL_PAGE_KINDS as readonly PageKind[]).includes(kind);

/** The `removal_*` messages in the seller's UI language; the browser's own locale when the background is away. */
async function loadMessages(host: string): Promise<MessageLookup> {
  const setup = await sendMessage('getRemovalText', host).catch(() => null);
  return pageMessages(setup?.messages ?? {});
}

export default defineContentScript({
  matches: sellerCentralMatchesFor(REMOVAL_PAGE_PATHS),
  runAt: 'document_idle',
  // WXT would otherwise postMessage the extension id to the page: page scripts learn nothing from us.
  noScriptStartedPostMessage: true,
  async main() {
    const page = pageContextOf(location.href);
    if (!page || !isRemovalPage(page.kind)) return;
    // Not WXT's context: a page script could stop that one (see guarded-context.ts).
    const ctx = guardedContext();
    const [lookup] = await Promise.all([loadMessages(page.marketplace.host), whenIdle(ctx)]);
    if (ctx.isInvalid) return;
    let kind = page.kind;
    const reporter = new SightingReporter(page.marketplace.host);
    const panel = new RulesPanel(lookup);
    new TooltipController(ctx);
    const showPanel = () => (kind === 'removal-create' ? panel.show() : panel.hide());

    const watcher: ChangeWatcher = new ChangeWatcher(
      ctx,
      { attributes: ORDER_TEXT_ATTRIBUTES, isOwn: isOwnElement, skipsShadowsIn: isRowOrSilent },
      (batch) => {
        if (!isRemovalPage(kind)) return;
        try {
          annotator.onBatch(batch);
          if (batch.removed) showPanel();
        } catch (error) {
          console.warn('[Seller Central Companion] removal badges stopped for this change:', error);
        }
      },
    );
    const annotator = new RemovalAnnotator(
      lookup,
      scanOptionsForUrl(location.href),
      (orders) => reporter.report(orders),
      (work) => watcher.quietly(work),
    );
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      kind = pageKindOf(event.newUrl);
      showPanel();
      if (!isRemovalPage(kind)) return;
      annotator.setOptions(scanOptionsForUrl(event.newUrl));
      annotator.scanDocument();
    });
    ctx.onInvalidated(() => {
      panel.hide();
      annotator.removeAll();
    });

    watcher.observeTree(document);
    annotator.scanDocument();
    showPanel();
  },
});
