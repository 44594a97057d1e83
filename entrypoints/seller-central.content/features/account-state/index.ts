import { isDismissed } from '@/lib/account-state/dismissal';
import { checklistForState } from '@/lib/checklists/for-state';
import { pageMessages, whenIdle } from '@/lib/content-script/page-messages';
import { classify, type Detection } from '@/lib/detect/classify';
import {
  collectEvidence,
  collectEvidenceFrom,
  type Evidence,
  holdsNoEvidence,
  isOwnUi,
  mergeEvidence,
} from '@/lib/detect/evidence.dom';
import { createMatcher, type Matcher } from '@/lib/detect/matcher';
import { type ChangeBatch, ChangeWatcher } from '@/lib/dom/change-watcher.dom';
import { type DetectionSetup, sendMessage } from '@/lib/messaging';
import { type PageKind, pageKindOf } from '@/lib/pages';
import { ALL_PHRASE_TABLES } from '@/lib/phrases';
import type { Feature } from '../../feature';
import { AccountStateOverlay } from './overlay';

/** Attributes that can show, hide or reword an alert: Katal text attributes, visibility, roles. */
const ALERT_ATTRIBUTES = ['header', 'description', 'aria-label', 'title', 'class', 'hidden', 'style', 'role', 'open'];

const FALLBACK_SETUP: DetectionSetup = { uiLanguage: 'en', sellerPhrases: [], overlayMessages: {}, dismissal: null };

/**
 * Account-state detection on every Seller Central page: one full scan at idle, then only what
 * mutations add or change, batched per frame. Reports each change of verdict to the background
 * (badge, memory) and shows or removes the in-page card.
 */
export const accountState: Feature = {
  id: 'account-state',
  async init(ctx, page) {
    const host = page.marketplace.host;
    const setup = await sendMessage('getDetectionSetup', host).catch(() => FALLBACK_SETUP);
    let dismissal = setup.dismissal;
    const matcher: Matcher = createMatcher(ALL_PHRASE_TABLES, setup.sellerPhrases);
    const messages = pageMessages(setup.overlayMessages);
    let kind: PageKind = page.kind;
    let evidence: Evidence[] = [];
    let shown: Detection | null | undefined;
    let reportedKind: PageKind | undefined;

    const overlay = new AccountStateOverlay(ctx, {
      onDismiss: (state) => {
        dismissal = { state, at: Date.now() };
        void sendMessage('dismissOverlay', { host, state }).catch(() => undefined);
        if (shown) void overlay.show({ ...viewOf(shown), dismissed: true });
      },
      onOpenChecklist: (state) => {
        void sendMessage('openChecklist', { host, checklist: checklistForState(state) }).catch(() => undefined);
      },
    });
    const viewOf = (detection: Detection) => ({
      state: detection.state,
      severity: detection.severity,
      language: setup.uiLanguage,
      messages,
      dismissed: false,
      alert: evidence.find((e) => classify([e], kind, matcher)?.state === detection.state)?.container ?? null,
    });

    const evaluate = async () => {
      const detection = classify(evidence, kind, matcher);
      const same = shown !== undefined && shown?.state === detection?.state && shown?.severity === detection?.severity;
      if (same && reportedKind === kind) return;
      shown = detection;
      reportedKind = kind;
      // The card is drawn first; the background hears about it without holding the card back.
      sendMessage('reportAccountState', {
        host,
        url: location.href,
        kind,
        state: detection?.state ?? null,
        severity: detection?.severity ?? null,
      }).catch(() => undefined);
      if (!detection) return overlay.hide();
      await overlay.show({ ...viewOf(detection), dismissed: isDismissed(dismissal, detection.state, Date.now()) });
    };

    const fullScan = () => {
      evidence = collectEvidence(document, matcher);
      return evaluate();
    };
    const onBatch = (batch: ChangeBatch) => {
      try {
        const fresh = batch.touched.size > 0 ? collectEvidenceFrom(batch.touched, matcher) : [];
        // Even with nothing new, a known alert may have been hidden or rewritten: always merge.
        evidence = mergeEvidence(evidence, fresh);
        void evaluate();
      } catch (error) {
        console.warn('[Seller Central Companion] account-state batch failed:', error);
      }
    };

    const watcher = new ChangeWatcher(
      ctx,
      { attributes: ALERT_ATTRIBUTES, isOwn: isOwnUi, skipsShadowsIn: holdsNoEvidence },
      onBatch,
    );
    ctx.onInvalidated(() => overlay.hide());
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      kind = pageKindOf(event.newUrl);
      void fullScan();
    });
    await whenIdle(ctx);
    if (ctx.isInvalid) return false;
    watcher.observeTree(document);
    await fullScan();
    return true;
  },
};
