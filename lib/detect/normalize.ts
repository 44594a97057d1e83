/**
 * One normal form for page text and phrases, so matching is plain containment.
 * - NFKD folds compatibility forms (full-width digits and Latin, half-width katakana, ligatures,
 *   no-break and ideographic spaces); Latin diacritics are then dropped (ü -> u, é -> e).
 * - Only the combining marks of the Latin block are dropped, and the result is recomposed (NFC),
 *   so Japanese keeps its voiced kana (が stays が, not か).
 * - Letters NFKD leaves alone are folded by hand (ß, ł, ø, æ, œ, dotless i).
 * - Typographic quotes and dashes become ASCII; zero-width, soft-hyphen and bidi control
 *   characters are removed (they can hide inside a word and break a match).
 * - Whitespace runs become one space, and a space between two CJK characters is dropped
 *   (a line break inside a Japanese sentence is not a word break).
 * - Arabic: short vowels and tatweel are dropped, alef, alef maqsura and ta marbuta are folded to
 *   one letter each (sellers and Seller Central spell them both ways), and Arabic-Indic digits
 *   become 0-9 (a rating of ١٥٠ is 150).
 */

import { LETTERS } from '../letters';

/** Characters that show nothing but can sit inside a word (zero-width, soft hyphen, bidi marks). */
export const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b]/g;
const WHITESPACE = /\s+/g;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_FOLDS: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
const ARABIC_FOLDABLE = /[أإآٱىة]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/**
 * Han, kana and their punctuation (CJK symbols, full-width forms) as explicit ranges: V8 compiles
 * `\p{Script=Han}` and its kin on every page that needs them, as it does `\p{L}` (lib/letters.ts).
 */
const CJK = String.raw`\u2e80-\u2fdf\u3000-\u30ff\u31f0-\u31ff\u3300-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');
const FOLDS: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i', đ: 'd', þ: 'th' };
const FOLDABLE = /[ßłøæœıđþ]/g;

/** Printable ASCII and ASCII whitespace: most of a page's text on Latin-script marketplaces. */
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x7e]*$/;
const BACKTICK = /`/g;

/** How many letters a text holds, in any script (digits, spaces and punctuation are none). */
const NOT_LETTER = new RegExp(`[^${LETTERS}]`, 'g');
export const letterCount = (text: string): number => text.replace(NOT_LETTER, '').length;

export function normalizeText(input: string): string {
  // Of all the folds above only three touch ASCII: case, the backtick as a quote, whitespace.
  // Skipping the other passes makes reading a page's many short labels cheap.
  if (PLAIN_ASCII.test(input)) return input.toLowerCase().replace(BACKTICK, "'").replace(WHITESPACE, ' ').trim();
  return normalizeAnyText(input);
}

/** normalizeText without the ASCII shortcut; exported so a test can hold the two equal. */
export function normalizeAnyText(input: string): string {
  return input
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(LATIN_MARKS, '')
    .replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch)
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_FOLDABLE, (ch) => ARABIC_FOLDS[ch] ?? ch)
    .replace(EASTERN_DIGITS, (ch) => String((ch.charCodeAt(0) & 0xf) % 10))
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .replace(SPACE_BETWEEN_CJK, '')
    .trim();
}
