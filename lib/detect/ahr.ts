/**
 * Account Health Rating: a 0-1000 score with a colour and a status word (docs/DOM-CONTRACT.md,
 * docs/DESIGN-NOTES.md "Detection").
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
import { LETTERS } from '@/lib/letters';
import type { RatingLexicon } from './lexicon';
import { letterCount, normalizeText } from './normalize';
import { finish, type Steps } from './steps';

export type AhrStatus = 'healthy' | 'at-risk' | 'critical';

/** The rating as the widget reader (ahr-widget.dom.ts) found it on the page. */
export interface WidgetRating {
  readonly rating: number | null;
  readonly status: AhrStatus | null;
  /** What was read, as shown: "150", "At Risk", or a colour class. */
  readonly shown: string;
}

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
  readonly lexicons: readonly RatingLexicon[];
  /** Does this normalized text name the rating (its label in some language)? */
  isLabel(normalized: string): boolean;
}

/** Labels remembered per set of words: a page repeats its short texts ("Edit", "Active") row after row. */
const LABEL_MEMO_LIMIT = 500;

export function ratingWords(lexicons: readonly RatingLexicon[]): RatingWords {
  const known = new Map<string, boolean>();
  return {
    lexicons,
    isLabel: (normalized) => {
      let label = known.get(normalized);
      if (label === undefined) {
        label = lexicons.some((lexicon) => lexicon.rating.labels.find(normalized).length > 0);
        if (known.size >= LABEL_MEMO_LIMIT) known.clear();
        known.set(normalized, label);
      }
      return label;
    },
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
      if (letterCount(normalized.slice(0, hit.start) + normalized.slice(hit.end)) <= MAX_STATUS_EXTRA_LETTERS)
        return status;
    }
  }
  return null;
}

/** Written the same in every Seller Central language, often in brackets after the label. */
export const AHR_ACRONYM = 'AHR';
export const AHR_MAX = 1000;
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

const RANGE = /\d\s*[-–~]\s*\d|\d\s*(?:to|bis|a|al|tot|till|do|ile|إلى|から|至|~)\s*\d/u;
const DATE_OR_TIME = /\d{1,4}[./:]\d{1,2}(?!\d)(?:[./]\d{1,4})?/;
const NUMBER = /\d{1,3}(?:[ ,.]\d{3})+|\d+/g;
/** "/ 1000", "/1,000": the scale is no date. */
const SCALE = /\s*\/\s*1[ ,.]?000(?!\d)/g;
const SCALE_AFTER = /^\s*(?:\/|of|von|sur|su|de|van|av|z|من|の|中)\s*1[ ,.]?000/u;
const NOT_LETTERS = new RegExp(`[^${LETTERS}]+`, 'g');
const ACRONYM_WORD = new RegExp(`(?:^|[^${LETTERS}])ahr(?![${LETTERS}])`, 'g');
/** Short texts only; prose ("if your rating falls below 100, act") also fails the word rule. */
export const SHORT_RATING_TEXT = 120;
const RATING_SENTENCE_BREAK = /(?<=[.!?;\u3002])\s+|\n/;

/**
 * Sentences and lines, and a line naming the rating together with the next (label, then score);
 * one step per line.
 */
function* ratingLines(text: string, words: RatingWords): Steps<string[]> {
  const lines = text.split(RATING_SENTENCE_BREAK);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    yield;
    const line = lines[i] as string;
    out.push(line);
    const next = lines[i + 1];
    if (next !== undefined && namesRating(normalizeText(line), words)) out.push(`${line} ${next}`);
  }
  return out;
}

/** The text without the rating's label words and the acronym: what else a rating line says. */
function withoutLabels(normalized: string, words: RatingWords): string {
  let rest = normalized.replace(ACRONYM_WORD, ' ');
  for (const lexicon of words.lexicons)
    for (const hit of lexicon.rating.labels.find(rest))
      rest = `${rest.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${rest.slice(hit.end)}`;
  return rest;
}

function namesRating(normalized: string, words: RatingWords): boolean {
  ACRONYM_WORD.lastIndex = 0;
  return words.isLabel(normalized) || ACRONYM_WORD.test(normalized);
}

/**
 * The score a short text shows: "150", "150 / 1000", "١٥٠", "Account Health Rating: 150 At Risk";
 * not "100-199", "15%", "2.5", "3 violations". Besides the number, its scale, the rating's label
 * and one status word, the text must hold no word.
 */
export function scoreOfText(raw: string, words: RatingWords): number | null {
  const text = normalizeText(raw);
  if (text.length === 0 || text.length > SHORT_RATING_TEXT) return null;
  if (RANGE.test(text) || text.includes('%') || DATE_OR_TIME.test(text.replace(SCALE, ''))) return null;
  NUMBER.lastIndex = 0;
  const match = NUMBER.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  if (/[/]\s*$/.test(before) || /\d/.test(before)) return null;
  const value = Number.parseInt(match[0].replace(/\D/g, ''), 10);
  if (!Number.isFinite(value) || value > AHR_MAX) return null;
  const after = text.slice(match.index + match[0].length).replace(SCALE_AFTER, '');
  if (/\d/.test(after)) return null;
  const rest = withoutLabels(`${before} ${after}`, words).replace(NOT_LETTERS, ' ').trim();
  if (rest.length > 0 && statusOfText(rest, words) === null) return null;
  return value;
}

/**
 * The rating a piece of text shows when no widget could be read from the page's structure
 * (text evidence, a rating written in one line): each short sentence that names the rating is
 * read for a score, else for a status word. When several show (one per store), the most
 * severe wins.
 */
export function* readAccountHealthRatingSteps(text: string, words: RatingWords): Steps<AhrReading | null> {
  let best: AhrReading | null = null;
  for (const sentence of yield* ratingLines(text, words)) {
    yield;
    const normalized = normalizeText(sentence);
    if (normalized.length > SHORT_RATING_TEXT || !namesRating(normalized, words)) continue;
    const language = words.lexicons.find((l) => l.rating.labels.find(normalized).length > 0)?.language ?? null;
    const label = language ? 'Account Health Rating' : AHR_ACRONYM;
    const rating = scoreOfText(normalized, words);
    const rest = withoutLabels(normalized, words);
    const status =
      rating === null && !/\d/.test(rest) ? statusOfText(rest.replace(NOT_LETTERS, ' ').trim(), words) : null;
    if (rating === null && status === null) continue;
    const assessment = rating !== null ? assessRating(rating) : status ? assessStatus(status) : null;
    const reading: AhrReading = { rating, status, language, label, assessment };
    if (!best || severityOrder(reading) < severityOrder(best)) best = reading;
  }
  return best;
}

export function readAccountHealthRating(text: string, words: RatingWords): AhrReading | null {
  return finish(readAccountHealthRatingSteps(text, words));
}

function severityOrder(reading: AhrReading): number {
  if (!reading.assessment) return 2;
  return reading.assessment.severity === 'critical' ? 0 : 1;
}
