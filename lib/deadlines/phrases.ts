/**
 * A notice's deadline as a period ("within 17 days", "innerhalb von 72 Stunden", "17日以内"):
 * the `deadlines` of each language's notice lexicon (lib/lang/<code>/notices.ts), compiled into
 * one pattern per unit.
 */
import { normalizeText } from '@/lib/detect/normalize';
import { escapeRegExp } from '@/lib/escape-regexp';
import type { DeadlinePhrases } from '@/lib/lang/notice-types';

/** What reads a language's deadlines: a notice lexicon, packed or not. */
export interface DeadlineWords {
  readonly language: string;
  readonly deadlines: DeadlinePhrases;
}

export type PeriodUnit = 'day' | 'hour';

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
  /** The notice's words that gave it, as normalized. */
  readonly words: string;
}

/** Longer than any deadline Seller Central gives: "within 2027 days" is a year, not a period. */
export const MAX_AMOUNT: Readonly<Record<PeriodUnit, number>> = { day: 400, hour: 24 * 31 };

/** One phrase as a pattern source: `{n}` the number, `*` a stem's ending, a space any space or none. */
export function phraseSource(phrase: string): string {
  const normalized = normalizeText(phrase);
  const [before = '', after = ''] = normalized.split('{n}');
  const part = (text: string) =>
    text
      .split(' ')
      .map((word) => word.split('*').map(escapeRegExp).join('\\p{L}*'))
      .join('\\s?');
  // The number stands alone: "117 days" is not "17 days", and a space around it may be missing.
  return `${part(before)}\\s?(?<!\\d)(\\d{1,4})(?!\\d)\\s?${part(after)}`;
}

export type PeriodReader = (normalizedText: string) => Period[];

export function compilePeriods(packs: readonly DeadlineWords[]): PeriodReader {
  const patterns = (['day', 'hour'] as const).map((unit) => {
    const phrases = packs.flatMap(({ deadlines }) => (unit === 'day' ? deadlines.days : deadlines.hours));
    // Whole words where words are spaced (Latin script): "bin 17" is not "in 17". Japanese and
    // Chinese run words together, and Arabic joins "and" to the next word, so there a phrase may touch.
    const source = phrases.map((phrase) => `(?:${phraseSource(phrase)})`).join('|');
    return { unit, pattern: new RegExp(`(?<![\\p{Script=Latin}\\d])(?:${source})(?!\\p{Script=Latin})`, 'gu') };
  });
  return (text) => {
    const found: Period[] = [];
    for (const { unit, pattern } of patterns) {
      for (const match of text.matchAll(pattern)) {
        const amount = Number(match.slice(1).find((group) => group !== undefined));
        if (amount >= 1 && amount <= MAX_AMOUNT[unit]) found.push({ amount, unit, words: match[0] });
      }
    }
    return found;
  };
}
