/**
 * Letters and numbers as explicit character-class ranges, for the regular expressions that run on
 * Seller Central pages (issue #14). V8 compiles `\p{L}` anew for every expression that uses it,
 * 0.6 to 0.8 ms apiece on this 2-core machine, against about 0.03 ms for these ranges without the
 * `u` flag; the Account Health page alone used eight such expressions.
 *
 * They are exactly `\p{L}` and `\p{N}` within the Unicode blocks of the scripts Seller Central
 * and its sellers write in (LETTER_BLOCKS); a letter of any other script reads as none.
 * `test/unit/letters.test.ts` checks them against the runtime's own classes and prints the ranges
 * to paste when a new Unicode version adds letters to these blocks. Every range lies in the Basic
 * Multilingual Plane, so an expression using them needs no `u` flag.
 */

/** The blocks, each with the scripts Seller Central or its sellers write in. */
export const LETTER_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f], // Latin, Latin-1 and Latin Extended-A/B
  [0x0400, 0x04ff], // Cyrillic
  [0x0600, 0x06ff], // Arabic
  [0x0900, 0x097f], // Devanagari
  [0x0e00, 0x0e7f], // Thai
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x3000, 0x30ff], // CJK symbols, hiragana, katakana
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7af], // Hangul
  [0xff00, 0xff9f], // full-width Latin and digits, half-width katakana
];

/** `\p{L}` within LETTER_BLOCKS, for inside a character class. */
export const LETTERS = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u0481\u048a-\u04ff\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06e5\u06e6\u06ee\u06ef\u06fa-\u06fc\u06ff\u0904-\u0939\u093d\u0950\u0958-\u0961\u0971-\u097f\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46\u1e00-\u1eff\u3005\u3006\u3031-\u3035\u303b\u303c\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f`;

/** `\p{N}` within LETTER_BLOCKS (every script's digits there, superscripts, fractions), for inside a character class. */
export const NUMBERS = String.raw`0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59\u3007\u3021-\u3029\u3038-\u303a\uff10-\uff19`;
