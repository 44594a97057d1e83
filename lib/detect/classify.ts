/**
 * Evidence -> the account state the page shows, or null. Pure: no DOM, no browser APIs.
 * Help, forum, Seller University and news pages quote notices all the time, so they never alarm.
 * When several states show, the most severe wins (STATES_BY_SEVERITY), then the higher severity
 * (an Account Health Rating of 0-99 beats a plain at-risk banner), then the rating's own reading,
 * then a firm reading over a weak one (a headline alone, a possibility), then the earlier evidence.
 */
import { type AccountState, type Severity, STATE_SEVERITY, severityRank, stateRank } from '@/lib/account-state/states';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import { isQuotingPage, type PageKind } from '@/lib/pages';
import { type AhrReading, assessRating, assessStatus, readAccountHealthRatingSteps, type WidgetRating } from './ahr';
import type { Detector } from './detector';
import { readNoticeSteps, type Segment, type Tone } from './reader';
import { finish, type Steps } from './steps';

/** What classify needs from a piece of evidence; evidence.dom's Evidence satisfies it. */
export interface EvidenceText {
  readonly text: string;
  readonly segments?: readonly Segment[];
  readonly tone?: Tone;
  readonly rating?: WidgetRating | null;
}

export type DetectionSource = 'notice' | 'seller' | 'account-health-rating';

export interface Detection {
  readonly state: AccountState;
  readonly severity: Severity;
  /** Language of the wording that decided; null for a rating labelled only "AHR" or read by structure. */
  readonly language: SellerCentralLanguage | null;
  /** The notice's own words that decided (a sentence), or the rating as shown. */
  readonly quote: string;
  /** The lexicon terms (or the seller's phrase, or the rating's label) that matched. */
  readonly cues: readonly string[];
  readonly source: DetectionSource;
  /** The Account Health Rating read, when the detection comes from it. */
  readonly rating: number | null;
  /** A headline with no subject, or a possibility read as a risk. */
  readonly weak: boolean;
}

/** Lower ranks first: the rating's own reading is the more precise account of the same risk. */
const sourceRank = (detection: Detection): number => (detection.source === 'account-health-rating' ? 0 : 1);
const weakRank = (detection: Detection): number => (detection.weak ? 1 : 0);

/** Does the candidate beat the best so far? Between equals the first seen stays. */
function outranks(candidate: Detection, best: Detection | null): boolean {
  if (!best) return true;
  const order =
    stateRank(candidate.state) - stateRank(best.state) ||
    severityRank(candidate.severity) - severityRank(best.severity) ||
    sourceRank(candidate) - sourceRank(best) ||
    weakRank(candidate) - weakRank(best);
  return order < 0;
}

function fromRating(reading: AhrReading): Detection | null {
  if (!reading.assessment) return null;
  // An assessment comes from a rating or, when no number shows, from a status word.
  const shown = reading.rating ?? reading.status;
  return {
    state: reading.assessment.state,
    severity: reading.assessment.severity,
    language: reading.language,
    quote: `${reading.label} ${shown}`,
    cues: [reading.label],
    source: 'account-health-rating',
    rating: reading.rating,
    weak: false,
  };
}

function fromWidget(rating: WidgetRating): Detection | null {
  const assessment =
    rating.rating !== null ? assessRating(rating.rating) : rating.status ? assessStatus(rating.status) : null;
  if (!assessment) return null;
  return {
    state: assessment.state,
    severity: assessment.severity,
    language: null,
    quote: rating.shown,
    cues: ['Account Health Rating'],
    source: 'account-health-rating',
    rating: rating.rating,
    weak: false,
  };
}

/** Every state one piece of evidence shows; one step per sentence or line read. */
function* detectionsInSteps(item: EvidenceText, detector: Detector): Steps<Detection[]> {
  const found: Detection[] = [];
  const segments = item.segments ?? [{ text: item.text, headline: false }];
  // Stryker disable next-line StringLiteral: equivalent; the reader treats a tone it does not name as neutral
  const tone = item.tone ?? 'neutral';
  const widget = item.rating ? fromWidget(item.rating) : null;
  const fromText = item.rating ? null : yield* readAccountHealthRatingSteps(item.text, detector.ratingWords);
  const rated = widget ?? (fromText ? fromRating(fromText) : null);
  // A rating shown as healthy is the authority on risk where it is shown: its own help text
  // ("a rating of 100-199 means your account is at risk"), its legend or a status word beside it
  // is no warning.
  const healthyRating = (item.rating !== null && item.rating !== undefined && !widget) || (fromText !== null && !rated);
  for (const reading of yield* readNoticeSteps(segments, detector.lexicons, { tone })) {
    if (healthyRating && reading.state === 'at-risk') continue;
    found.push({
      state: reading.state,
      severity: STATE_SEVERITY[reading.state],
      language: reading.language,
      quote: reading.quote,
      cues: reading.cues,
      source: 'notice',
      rating: null,
      weak: reading.weak,
    });
  }
  if (tone !== 'success') {
    yield;
    for (const match of detector.sellerPhrases.find(item.text)) {
      found.push({
        state: match.state,
        severity: STATE_SEVERITY[match.state],
        language: match.language,
        quote: match.phrase,
        cues: [match.phrase],
        source: 'seller',
        rating: null,
        weak: false,
      });
    }
  }
  if (rated) found.push(rated);
  return found;
}

/** Which piece of evidence a detection came from, so the overlay can avoid covering its box. */
const SOURCES = new WeakMap<Detection, EvidenceText>();

export function evidenceOf<T extends EvidenceText>(detection: Detection): T | undefined {
  return SOURCES.get(detection) as T | undefined;
}

/** The state the evidence shows, read one piece of evidence and one sentence per step. */
export function* classifySteps(
  evidence: Iterable<EvidenceText>,
  pageKind: PageKind,
  detector: Detector,
): Steps<Detection | null> {
  if (isQuotingPage(pageKind)) return null;
  let best: Detection | null = null;
  for (const item of evidence) {
    for (const detection of yield* detectionsInSteps(item, detector)) {
      if (!outranks(detection, best)) continue;
      best = detection;
      SOURCES.set(detection, item);
    }
  }
  return best;
}

export function classify(evidence: Iterable<EvidenceText>, pageKind: PageKind, detector: Detector): Detection | null {
  return finish(classifySteps(evidence, pageKind, detector));
}
