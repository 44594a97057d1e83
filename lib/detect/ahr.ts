/**
 * Account Health Rating: a 0-1000 score with a colour and a status word (DESIGN "Detection").
 * 200-1000 is healthy, 100-199 "At Risk" (warning), 0-99 "Critical"/"Unhealthy" (critical).
 *
 * Two readers share these words: the widget reader (ahr-widget.dom.ts) reads the score by the
 * page's structure; this file reads it from text, where the number follows the rating's label
 * directly ("Account Health Rating (AHR): 150 At Risk"), with nothing but spaces, punctuation,
 * symbols or the acronym in between, and is followed by a status word, a scale or nothing. That
 * strictness keeps other numbers out: the legend "At Risk 100-199", the scale "0-1,000",
 * "3 policy violations", dates, and help text such as "if your rating falls below 100".
 * When the text shows no number, a status word right after the label decides instead.
 */
import type { Severity } from '@/lib/account-state/states';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import type { CompiledLexicon } from './lexicon';
import { normalizeText } from './normalize';
import { standsAlone } from './text-search';

export type AhrStatus = 'healthy' | 'at-risk' | 'critical';

export interface AhrAssessment {
  readonly state: 'at-risk';
  readonly severity: Severity;
}

export interface AhrReading {
  readonly rating: number | null;
  readonly status: AhrStatus | null;
  /** Language of the label that was read; null when only the acronym "AHR" labelled it. */
  readonly language: SellerCentralLanguage | null;
  /** The label as the lexicon writes it (or "AHR"). */
  readonly label: string;
  readonly assessment: AhrAssessment | null;
}

/** The rating's words in the languages being read. */
export interface RatingWords {
  readonly lexicons: readonly CompiledLexicon[];
  /** Does this normalized text name the rating (its label in some language)? */
  isLabel(normalized: string): boolean;
}

export function ratingWords(lexicons: readonly CompiledLexicon[]): RatingWords {
  return {
    lexicons,
    isLabel: (normalized) => lexicons.some((lexicon) => lexicon.rating.labels.find(normalized).length > 0),
  };
}

const STATUS_ORDER: ReadonlyArray<readonly [AhrStatus, 'critical' | 'atRisk' | 'healthy']> = [
  ['critical', 'critical'],
  ['at-risk', 'atRisk'],
  ['healthy', 'healthy'],
];
/** Letters a status line may hold besides its status word ("Status:", "Current"). */
const MAX_STATUS_EXTRA_LETTERS = 14;

/** The status a short normalized text is made of ("at risk", "status: critical"), or null. */
export function statusOfText(normalized: string, words: RatingWords): AhrStatus | null {
  for (const [status, key] of STATUS_ORDER) {
    for (const lexicon of words.lexicons) {
      const hit = lexicon.rating[key].find(normalized)[0];
      if (!hit) continue;
      const rest = (normalized.slice(0, hit.start) + normalized.slice(hit.end)).replace(/[^\p{L}]/gu, '');
      if (rest.length <= MAX_STATUS_EXTRA_LETTERS) return status;
    }
  }
  return null;
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

/** Does a heading, header attribute or region label name the rating (not just mention "AHR")? */
export function isAhrHeading(text: string, words: RatingWords): boolean {
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return false;
  return words.isLabel(normalizeText(text));
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

interface StatusWord {
  readonly status: AhrStatus;
  readonly end: number;
  readonly language: SellerCentralLanguage;
}

/** The status word that starts exactly at `at`, if any. */
function statusAt(text: string, at: number, words: RatingWords): StatusWord | null {
  const rest = text.slice(at, at + 40);
  for (const [status, key] of STATUS_ORDER) {
    for (const lexicon of words.lexicons) {
      const hit = lexicon.rating[key].find(rest)[0];
      if (hit && hit.start === 0 && standsAlone(text, at, at + hit.end))
        return { status, end: at + hit.end, language: lexicon.language };
    }
  }
  return null;
}

function readAfterLabel(text: string, labelEnd: number, words: RatingWords) {
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
  const word = statusAt(text, at, words);
  // After the number only a status word, a scale ("/ 1000") or the end may follow: "3 policy
  // violations" or "150 days" is some other count next to the label, not the rating.
  if (rating !== null && !word && at < text.length && !/\d/.test(text[at] ?? '')) return null;
  // A status word followed by a number is the legend ("At Risk 100-199"), not this account's status.
  const status = word && !matchAt(DIGIT_AHEAD, text, word.end) ? word : null;
  if (rating === null && status === null) return null;
  return { rating, status };
}

function severityOrder(reading: AhrReading): number {
  if (!reading.assessment) return 2;
  return reading.assessment.severity === 'critical' ? 0 : 1;
}

interface LabelHit {
  readonly end: number;
  readonly label: string;
  readonly language: SellerCentralLanguage | null;
}

function labelHits(normalized: string, words: RatingWords): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const lexicon of words.lexicons)
    for (const hit of lexicon.rating.labels.find(normalized))
      hits.push({ end: hit.end, label: hit.term, language: lexicon.language });
  for (let at = normalized.indexOf(ACRONYM_NORM); at >= 0; at = normalized.indexOf(ACRONYM_NORM, at + 1))
    if (standsAlone(normalized, at, at + ACRONYM_NORM.length))
      hits.push({ end: at + ACRONYM_NORM.length, label: AHR_ACRONYM, language: null });
  return hits;
}

/**
 * The rating shown in normalized text, or null when none is labelled there. When the text shows
 * several (one per store), the most severe one is returned.
 */
export function readAccountHealthRating(normalized: string, words: RatingWords): AhrReading | null {
  let best: AhrReading | null = null;
  for (const { end, label, language } of labelHits(normalized, words)) {
    const read = readAfterLabel(normalized, end, words);
    if (!read) continue;
    const { rating, status } = read;
    const assessment = rating !== null ? assessRating(rating) : status ? assessStatus(status.status) : null;
    const reading: AhrReading = {
      rating,
      status: status?.status ?? null,
      language: language ?? (rating === null ? (status?.language ?? null) : null),
      label,
      assessment,
    };
    if (!best || severityOrder(reading) < severityOrder(best)) best = reading;
  }
  return best;
}
