/**
 * Account Health Rating: a 0-1000 score with a colour and a status word (DESIGN "Detection").
 * 200-1000 is healthy, 100-199 "At Risk" (warning), 0-99 "Critical"/"Unhealthy" (critical).
 *
 * The number is read only when it follows the rating's label directly ("Account Health Rating
 * (AHR): 150 At Risk"), with nothing but spaces, punctuation, symbols or the acronym in between,
 * and when it is followed by a status word, a scale or nothing. That strictness keeps other numbers out: the
 * legend "At Risk 100-199", the scale "0-1,000", "3 policy violations", dates, and help text such as
 * "if your rating falls below 100".
 * When the widget shows no number, a status word right after the label decides instead.
 */
import type { AhrWords, PhraseLanguage, PhraseTable, Severity } from '@/lib/phrases/types';
import { isUnconfirmed, phraseText } from '@/lib/phrases/types';
import { normalizeText } from './normalize';
import { occurrences, standsAlone } from './text-search';

export type AhrStatus = 'healthy' | 'at-risk' | 'critical';

export interface AhrAssessment {
  readonly state: 'at-risk';
  readonly severity: Severity;
}

export interface AhrReading {
  readonly rating: number | null;
  readonly status: AhrStatus | null;
  /** Language of the label that was read; null when only the acronym "AHR" labelled it. */
  readonly language: PhraseLanguage | null;
  /** The label as it appears in the phrase table (or "AHR"). */
  readonly label: string;
  /** True when the label or status word read is flagged unconfirmed in its table. */
  readonly unconfirmed: boolean;
  readonly assessment: AhrAssessment | null;
}

interface VocabularyWord<T> {
  readonly norm: string;
  readonly text: string;
  readonly language: PhraseLanguage | null;
  readonly value: T;
  readonly unconfirmed: boolean;
}

export interface AhrVocabulary {
  readonly labels: readonly VocabularyWord<null>[];
  readonly statuses: readonly VocabularyWord<AhrStatus>[];
}

/** Written the same in every Seller Central language, often in brackets after the label. */
export const AHR_ACRONYM = 'AHR';
export const AHR_MAX = 1000;
const ACRONYM_NORM = 'ahr';
/** Headings longer than this are prose, not a widget title. */
const MAX_HEADING_CHARS = 200;

export function assessRating(rating: number): AhrAssessment | null {
  if (!Number.isInteger(rating) || rating < 0 || rating > AHR_MAX) return null;
  if (rating < 100) return { state: 'at-risk', severity: 'critical' };
  if (rating < 200) return { state: 'at-risk', severity: 'warning' };
  return null;
}

export function assessStatus(status: AhrStatus): AhrAssessment | null {
  if (status === 'critical') return { state: 'at-risk', severity: 'critical' };
  if (status === 'at-risk') return { state: 'at-risk', severity: 'warning' };
  return null;
}

function byLengthDesc<T extends { readonly norm: string }>(a: T, b: T): number {
  return b.norm.length - a.norm.length;
}

export function compileAhrVocabulary(tables: readonly PhraseTable[]): AhrVocabulary {
  const labels: VocabularyWord<null>[] = [
    { norm: ACRONYM_NORM, text: AHR_ACRONYM, language: null, value: null, unconfirmed: false },
  ];
  const statuses: VocabularyWord<AhrStatus>[] = [];
  const statusGroups: ReadonlyArray<readonly [keyof AhrWords, AhrStatus]> = [
    ['healthy', 'healthy'],
    ['atRisk', 'at-risk'],
    ['critical', 'critical'],
  ];
  for (const table of tables) {
    const words = table.accountHealthRating;
    for (const entry of words.labels) {
      const text = phraseText(entry);
      const unconfirmed = isUnconfirmed(entry);
      labels.push({ norm: normalizeText(text), text, language: table.language, value: null, unconfirmed });
    }
    for (const [key, status] of statusGroups) {
      for (const entry of words[key]) {
        const text = phraseText(entry);
        const unconfirmed = isUnconfirmed(entry);
        statuses.push({ norm: normalizeText(text), text, language: table.language, value: status, unconfirmed });
      }
    }
  }
  return {
    labels: labels.filter((w) => w.norm.length > 0).sort(byLengthDesc),
    statuses: statuses.filter((w) => w.norm.length > 0).sort(byLengthDesc),
  };
}

/** Does a heading, header attribute or region label name the rating (not just mention "AHR")? */
export function isAhrHeading(text: string, vocabulary: AhrVocabulary): boolean {
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return false;
  const norm = normalizeText(text);
  for (const label of vocabulary.labels) {
    if (label.language === null) continue;
    for (const span of occurrences(norm, label.norm)) if (standsAlone(norm, span.start, span.end)) return true;
  }
  return false;
}

const FILLER = /[\s\p{P}\p{S}]*/uy;
const NUMBER = /(1[ .,]000|\d{1,4})(?!\d|[.,]\d)/y;
const RANGE_OR_PERCENT = /\s*(?:%|(?:[-~]|to|bis|a|al|till|tot|do|から)\s*\d)/y;
const DIGIT_AHEAD = /[\s\p{P}\p{S}]*\d/uy;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function skipPattern(pattern: RegExp, text: string, at: number): number {
  return matchAt(pattern, text, at) ? pattern.lastIndex : at;
}

/** Spaces, punctuation and symbols, and the acronym between them, e.g. "rating (ahr): 150". */
function skipFiller(text: string, at: number): number {
  let position = skipPattern(FILLER, text, at);
  for (let round = 0; round < 2; round += 1) {
    const end = position + ACRONYM_NORM.length;
    if (!text.startsWith(ACRONYM_NORM, position) || !standsAlone(text, position, end)) break;
    position = skipPattern(FILLER, text, end);
  }
  return position;
}

function statusAt(text: string, at: number, vocabulary: AhrVocabulary): VocabularyWord<AhrStatus> | null {
  for (const word of vocabulary.statuses) {
    if (text.startsWith(word.norm, at) && standsAlone(text, at, at + word.norm.length)) return word;
  }
  return null;
}

function readAfterLabel(text: string, labelEnd: number, vocabulary: AhrVocabulary) {
  let at = skipFiller(text, labelEnd);
  let rating: number | null = null;
  const number = matchAt(NUMBER, text, at);
  if (number) {
    const value = Number.parseInt(number[0].replace(/\D/g, ''), 10);
    const end = at + number[0].length;
    if (value > AHR_MAX || matchAt(RANGE_OR_PERCENT, text, end)) return null;
    rating = value;
    at = skipFiller(text, end);
  }
  const word = statusAt(text, at, vocabulary);
  // After the number only a status word, a scale ("/ 1000") or the end may follow: "3 policy
  // violations" or "150 days" is some other count next to the label, not the rating.
  if (rating !== null && !word && at < text.length && !/\d/.test(text[at] ?? '')) return null;
  // A status word followed by a number is the legend ("At Risk 100-199"), not this account's status.
  const status = word && !matchAt(DIGIT_AHEAD, text, at + word.norm.length) ? word : null;
  if (rating === null && status === null) return null;
  return { rating, status };
}

function severityOrder(reading: AhrReading): number {
  if (!reading.assessment) return 2;
  return reading.assessment.severity === 'critical' ? 0 : 1;
}

/**
 * The rating shown in normalized text, or null when none is labelled there. When the text shows
 * several (one per store), the most severe one is returned.
 */
export function readAccountHealthRating(normalized: string, vocabulary: AhrVocabulary): AhrReading | null {
  let best: AhrReading | null = null;
  for (const label of vocabulary.labels) {
    for (const span of occurrences(normalized, label.norm)) {
      if (!standsAlone(normalized, span.start, span.end)) continue;
      const read = readAfterLabel(normalized, span.end, vocabulary);
      if (!read) continue;
      const { rating, status } = read;
      const assessment = rating !== null ? assessRating(rating) : status ? assessStatus(status.value) : null;
      const unconfirmed = label.unconfirmed || (rating === null && status !== null && status.unconfirmed);
      const reading: AhrReading = {
        rating,
        status: status?.value ?? null,
        language: label.language ?? (rating === null ? (status?.language ?? null) : null),
        label: label.text,
        unconfirmed,
        assessment,
      };
      if (!best || severityOrder(reading) < severityOrder(best)) best = reading;
    }
  }
  return best;
}
