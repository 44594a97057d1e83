/**
 * Evidence -> the account state the page shows, or null. Pure: no DOM, no browser APIs.
 * Help, forum, Seller University and news pages quote notices all the time, so they never alarm.
 * When several states show, the most severe wins (STATES_BY_SEVERITY), then the higher severity
 * (an Account Health Rating of 0-99 beats a plain at-risk banner), then the earlier evidence.
 */
import { isQuotingPage, type PageKind } from '@/lib/pages';
import type { AccountState, PhraseLanguage, Severity } from '@/lib/phrases/types';
import { STATE_SEVERITY, severityRank, stateRank } from '@/lib/phrases/types';
import { readAccountHealthRating } from './ahr';
import type { Matcher } from './matcher';
import { normalizeText } from './normalize';

/** What classify needs from a piece of evidence; evidence.dom's Evidence satisfies it. */
export interface EvidenceText {
  readonly text: string;
}

export type DetectionSource = 'table' | 'seller' | 'account-health-rating';

export interface Detection {
  readonly state: AccountState;
  readonly severity: Severity;
  /** Language of the wording that matched; null for a rating labelled only "AHR". */
  readonly language: PhraseLanguage | null;
  /** The phrase that matched, or the rating's label with the number or status word read. */
  readonly phrase: string;
  readonly source: DetectionSource;
  /** The Account Health Rating read, when the detection comes from it. */
  readonly rating: number | null;
  /** True when the wording that matched is flagged unconfirmed in its table. */
  readonly unconfirmed: boolean;
}

function outranks(candidate: Detection, best: Detection | null): boolean {
  if (!best) return true;
  const byState = stateRank(candidate.state) - stateRank(best.state);
  if (byState !== 0) return byState < 0;
  return severityRank(candidate.severity) < severityRank(best.severity);
}

function detectionsIn(normalized: string, matcher: Matcher): Detection[] {
  const found: Detection[] = [];
  for (const match of matcher.findInNormalized(normalized)) {
    found.push({
      state: match.state,
      severity: STATE_SEVERITY[match.state],
      language: match.language,
      phrase: match.phrase,
      source: match.source,
      rating: null,
      unconfirmed: match.unconfirmed,
    });
  }
  const reading = readAccountHealthRating(normalized, matcher.ahr);
  if (reading?.assessment) {
    const shown = reading.rating !== null ? String(reading.rating) : (reading.status ?? '');
    found.push({
      state: reading.assessment.state,
      severity: reading.assessment.severity,
      language: reading.language,
      phrase: `${reading.label} ${shown}`,
      source: 'account-health-rating',
      rating: reading.rating,
      unconfirmed: reading.unconfirmed,
    });
  }
  return found;
}

export function classify(evidence: Iterable<EvidenceText>, pageKind: PageKind, matcher: Matcher): Detection | null {
  if (isQuotingPage(pageKind)) return null;
  let best: Detection | null = null;
  for (const item of evidence) {
    for (const detection of detectionsIn(normalizeText(item.text), matcher)) {
      if (outranks(detection, best)) best = detection;
    }
  }
  return best;
}
