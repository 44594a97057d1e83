/**
 * Dates a notice writes out ("by 12 January 2027", "bis zum 12. Januar 2027", "12 de enero de
 * 2027", "2027年1月12日", "12.01.2027", "2027-01-12"). Month names come from the browser's own
 * calendar data (Intl), in every form a date uses them (Polish "stycznia", not only "styczeń"),
 * so no pack lists them. Text is read as normalized (lib/detect/normalize.ts).
 *
 * Slashed dates are not read: 01/02/2027 is 2 January in the US and 1 February elsewhere, and
 * a deadline read a month late is worse than none.
 */
import { normalizeText } from '@/lib/detect/normalize';
import { escapeRegExp } from '@/lib/escape-regexp';

// A month as a date writes it (Polish "12 stycznia", where the month alone is "styczeń").
const MONTH_FORMS: readonly Intl.DateTimeFormatOptions[] = [
  { day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'short' },
];

/** Each month's names in a language, normalized, without a trailing abbreviation dot. */
export function monthNames(language: string): ReadonlyMap<string, number> {
  const names = new Map<string, number>();
  for (let month = 0; month < 12; month++) {
    const instant = Date.UTC(2021, month, 15, 12);
    for (const options of MONTH_FORMS) {
      // Gregorian months whatever the locale's default calendar (Arabic locales may use another).
      const format = new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { ...options, timeZone: 'UTC' });
      const part = format.formatToParts(instant).find((piece) => piece.type === 'month')?.value ?? '';
      const name = normalizeText(part).replace(/\.$/, '');
      // Japanese and Chinese write months as numbers ("1月"): read by the numeric pattern instead.
      if (name.length >= 3 && !/\d/.test(name)) names.set(name, month + 1);
    }
  }
  return names;
}

const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})';

export interface WrittenDate {
  /** YYYY-MM-DD. */
  readonly day: string;
  /** The words that wrote it, as normalized. */
  readonly words: string;
}

export type DateReader = (normalizedText: string) => WrittenDate[];

export function compileDates(languages: readonly string[]): DateReader {
  const months = new Map<string, number>();
  for (const language of languages) for (const [name, month] of monthNames(language)) months.set(name, month);
  // Longest first, so "marzo" is not read as "mar" with a rest.
  const names = [...months.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const MONTH = `(${names.join('|')})\\.?(?![\\p{L}])`;
  // "de"/"del" (Spanish, Portuguese) and "den" (Swedish) may stand between the parts; Turkish
  // and others may put nothing but a space.
  const link = '(?:\\s?(?:de|del|den)\\s)?\\s?';
  const named = [
    {
      pattern: new RegExp(`(?<!\\d)${DAY}(?:er|st|nd|rd|th)?\\.?${link}${MONTH}${link},?\\s?${YEAR}(?!\\d)`, 'gu'),
      order: 'dmy',
    },
    { pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s?${DAY}(?:st|nd|rd|th)?,?\\s?${YEAR}(?!\\d)`, 'gu'), order: 'mdy' },
  ] as const;
  const ymd = /(?<!\d)(\d{4})\s?(?:年|-|\/|\.)\s?(\d{1,2})\s?(?:月|-|\/|\.)\s?(\d{1,2})(?!\d)/gu;
  const dotted = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/gu;

  return (text) => {
    const found: WrittenDate[] = [];
    const add = (words: string, year: number, month: number, day: number) => {
      // A day that exists: 31 April or month 0 would roll over into another date (NaN fails too).
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
        found.push({ day: date.toISOString().slice(0, 10), words });
    };
    for (const { pattern, order } of named) {
      for (const match of text.matchAll(pattern)) {
        const [words, a = '', b = '', year = ''] = match;
        if (order === 'dmy') add(words, Number(year), months.get(b) ?? 0, Number(a));
        else add(words, Number(year), months.get(a) ?? 0, Number(b));
      }
    }
    for (const [words, year, month, day] of text.matchAll(ymd)) add(words, Number(year), Number(month), Number(day));
    for (const [words, day, month, year] of text.matchAll(dotted)) add(words, Number(year), Number(month), Number(day));
    return found;
  };
}
