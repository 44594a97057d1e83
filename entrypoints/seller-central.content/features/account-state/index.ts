import { isDismissed } from '@/lib/account-state/dismissal';
import { checklistForState } from '@/lib/checklists/for-state';
import { askBackground } from '@/lib/content-script/ask-background';
import { defineFeature } from '@/lib/content-script/feature';
import { pageMessages, whenIdle } from '@/lib/content-script/page-messages';
import { pageSetup } from '@/lib/content-script/page-setup';
import type { DeadlineShown } from '@/lib/deadlines/record';
import { type RatingWords, ratingWords } from '@/lib/detect/ahr';
import type { Detection, EvidenceText } from '@/lib/detect/classify';
import {
  collectEvidenceFromSteps,
  type Evidence,
  holdsNoEvidence,
  isOwnUi,
  mergeEvidenceSteps,
  type ScanWitness,
  scanForEvidenceSteps,
} from '@/lib/detect/evidence.dom';
import { compileRatingLexicon, type RatingLexicon } from '@/lib/detect/lexicon';
import { languagesOfScripts, scriptsIn } from '@/lib/detect/page-languages';
import { type ChangeBatch, ChangeWatcher } from '@/lib/dom/change-watcher.dom';
import { runInSlices } from '@/lib/dom/time-slices';
import { type DetectionSetup, sendMessage } from '@/lib/messaging';
import type { PageKind } from '@/lib/pages';
import { AccountStateOverlay } from './overlay';

/** Attributes that can show, hide or reword an alert: Katal text attributes, visibility, roles. */
const ALERT_ATTRIBUTES = ['header', 'description', 'aria-label', 'title', 'class', 'hidden', 'style', 'role', 'open'];

const FALLBACK_SETUP: DetectionSetup = {
  uiLanguage: 'en',
  ratingLexicons: [],
  overlayMessages: {},
  dismissal: null,
};

/** What crosses to the worker of a piece of evidence: its element stays on the page. */
const textOf = ({ text, segments, tone, rating }: Evidence): EvidenceText => ({ text, segments, tone, rating });

/**
 * Account-state detection on every Seller Central page: one full scan at idle, then only what
 * mutations add or change, batched per frame. The page finds the evidence (alert boxes, notices,
 * the rating's widget: the DOM is only here); the worker reads it (the lexicons and the reader
 * are only there). Reports each change of verdict to the background (badge, memory) and shows or
 * removes the in-page card.
 */
export const accountState = defineFeature({
  id: 'account-state',
  include: 'every-page',
  async init(ctx, page) {
    const marketplace = page.marketplace.code;
    const asking = pageSetup(ctx, page);
    const setup = await asking.setup.catch(() => FALLBACK_SETUP);
    let dismissal = setup.dismissal;
    const ratingLexicons: RatingLexicon[] = setup.ratingLexicons.map(compileRatingLexicon);
    let words: RatingWords = ratingWords(ratingLexicons);
    /** Languages asked for already (loaded or not), so a script seen twice asks once; the worker reads in all of them. */
    const asked = new Set<string>([...asking.languages, setup.uiLanguage]);
    const messages = pageMessages(setup.overlayMessages);
    let kind: PageKind = page.kind;
    let evidence: Evidence[] = [];
    let shown: Detection | null | undefined;
    /** Seller Central's box the shown detection came from: the card must not cover it. */
    let shownAlert: Element | null = null;
    /** The deadline the worker read with the shown detection. */
    let shownDeadline: DeadlineShown | null = null;
    let reportedKind: PageKind | undefined;

    const overlay = new AccountStateOverlay(ctx, {
      onDismiss: (state) => {
        dismissal = { state, at: Date.now() };
        void sendMessage('dismissOverlay', { marketplace, state }).catch(() => undefined);
        if (shown) void overlay.show({ ...viewOf(shown), dismissed: true });
      },
      onOpenChecklist: (state) => {
        void sendMessage('openChecklist', { marketplace, checklist: checklistForState(state) }).catch(() => undefined);
      },
    });
    const viewOf = (detection: Detection) => ({
      state: detection.state,
      severity: detection.severity,
      language: setup.uiLanguage,
      messages,
      dismissed: false,
      quote: detection.quote,
      alert: shownAlert,
      deadline: shownDeadline,
    });
    /** Draws the card for a detection, dismissed or not as the seller last chose for its state. */
    const showCard = (detection: Detection) =>
      overlay.show({ ...viewOf(detection), dismissed: isDismissed(dismissal, detection.state, Date.now()) });

    /**
     * A page written in a script whose language was not asked for (a Chinese page on .com) is read
     * in it from now on; true when its rating words arrived, so the page is scanned again with them.
     */
    const addLanguagesOf = async (scripts: number): Promise<boolean> => {
      const missing = languagesOfScripts(scripts).filter((language) => !asked.has(language));
      if (missing.length === 0) return false;
      for (const language of missing) asked.add(language);
      const more = await askBackground(ctx, () => sendMessage('getRatingLexicons', missing)).catch(() => []);
      if (more.length === 0) return false;
      ratingLexicons.push(...more.map(compileRatingLexicon));
      words = ratingWords(ratingLexicons);
      return true;
    };

    /** The worker's verdict on the evidence; undefined when it could not be asked (nothing changes then). */
    const classified = async (read: readonly Evidence[], readKind: PageKind) => {
      if (read.length === 0) return { detection: null, alert: null, deadline: null };
      const request = { kind: readKind, languages: [...asked], evidence: read.map(textOf) };
      const answer = await askBackground(ctx, () => sendMessage('classifyEvidence', request)).catch(() => undefined);
      if (answer === undefined) return undefined;
      return {
        detection: answer?.detection ?? null,
        alert: answer ? (read[answer.evidence]?.container ?? null) : null,
        deadline: answer?.deadline ?? null,
      };
    };

    /**
     * Reading runs in short slices (lib/dom/time-slices.ts), so a scan and a batch could
     * interleave; one job at a time keeps them in the order they came, as when each ran at once.
     */
    let jobs: Promise<void> = Promise.resolve();
    const oneAtATime = (job: () => Promise<void>): Promise<void> => {
      const run = jobs.then(job);
      jobs = run.catch((error) => console.warn('[Seller Central Companion] account-state reading failed:', error));
      return run;
    };

    const evaluate = async () => {
      // The kind read with: a navigation while this reads in slices must not be credited to it.
      const readKind = kind;
      const verdict = await classified(evidence, readKind);
      if (!verdict) return;
      const { detection } = verdict;
      shownAlert = verdict.alert;
      const deadlineChanged = verdict.deadline?.due !== shownDeadline?.due;
      shownDeadline = verdict.deadline;
      const same = shown !== undefined && shown?.state === detection?.state && shown?.severity === detection?.severity;
      if (same && reportedKind === readKind) {
        // The same state, now with a deadline the notice's rest revealed: the card says so.
        if (deadlineChanged && detection) await showCard(detection);
        return;
      }
      shown = detection;
      reportedKind = readKind;
      // The card is drawn first; the background hears about it without holding the card back.
      sendMessage('reportAccountState', {
        marketplace,
        url: location.href,
        kind: readKind,
        state: detection?.state ?? null,
        severity: detection?.severity ?? null,
        why: detection
          ? { quote: detection.quote, cues: detection.cues, language: detection.language, source: detection.source }
          : null,
      }).catch(() => undefined);
      if (!detection) return overlay.hide();
      await showCard(detection);
    };

    const scanPage = async (witness?: ScanWitness) => {
      let scan = await runInSlices(scanForEvidenceSteps(document, words, witness));
      // A scan stopped at a limit did not tell the watcher of every shadow root: it searches itself.
      if (witness && !scan.witnessed) await runInSlices(watcher.observeTreeSteps(document));
      if (await addLanguagesOf(scan.scripts)) scan = await runInSlices(scanForEvidenceSteps(document, words));
      evidence = scan.evidence;
      return evaluate();
    };
    const fullScan = () => oneAtATime(() => scanPage());
    const readBatch = async (batch: ChangeBatch) => {
      const fresh = batch.touched.size > 0 ? await runInSlices(collectEvidenceFromSteps(batch.touched, words)) : [];
      // Even with nothing new, a known alert may have been hidden or rewritten: always merge.
      evidence = await runInSlices(mergeEvidenceSteps(evidence, fresh, words));
      let scripts = 0;
      for (const item of fresh) scripts |= scriptsIn(item.text);
      const added = await addLanguagesOf(scripts);
      await evaluate();
      if (added) await scanPage();
    };
    const onBatch = (batch: ChangeBatch) => {
      void oneAtATime(() => readBatch(batch)).catch(() => undefined);
    };
    /** A same-origin frame that finishes loading is read like any new content. */
    const onFrameLoad = (event: Event) => {
      const target = event.target as Element | null;
      if (target?.localName === 'iframe') onBatch({ touched: new Set([target]), removed: false });
    };

    const watcher = new ChangeWatcher(
      ctx,
      { attributes: ALERT_ATTRIBUTES, isOwn: isOwnUi, skipsShadowsIn: holdsNoEvidence },
      onBatch,
    );
    ctx.onInvalidated(() => overlay.hide());
    // Load events do not bubble, but a capturing listener on the document hears every frame's.
    ctx.addEventListener(document, 'load', onFrameLoad, { capture: true });
    await whenIdle(ctx);
    if (ctx.isInvalid) return false;
    // One walk reads the page and finds what the watcher observes: the document first, then each
    // shadow root as the scan meets it, before its content is read.
    watcher.observeOnly(document);
    const undefinedKatal: Element[] = [];
    await oneAtATime(() =>
      scanPage({
        shadowRoot: (shadow) => watcher.observeOnly(shadow),
        undefinedKatal: (element) => undefinedKatal.push(element),
      }),
    );
    watcher.watchUpgrades(undefinedKatal);
    return {
      navigated(next) {
        kind = next.kind;
        void fullScan();
      },
    };
  },
});
