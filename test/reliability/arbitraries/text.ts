/** Text generators shared by the properties: hostile strings, and edits that must not change meaning. */
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates included: what a broken page or paste can hold. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Strings a parser must survive: any code point, any code unit, plain ASCII, and mixes. */
export function hostileString(maxLength = 200): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ maxLength }),
  );
}

/** Whitespace a page or paste may carry where a single space was meant. */
export const WHITESPACE = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u202f', '\u3000', ' \n '] as const;

export const whitespaceRun = fc.constantFrom(...WHITESPACE);

/** Random-case variants that every normalizer in the project folds: lower, upper, as written, first letter up. */
export type CaseStyle = 'as-written' | 'lower' | 'upper' | 'title';
export const caseStyle = fc.constantFrom<CaseStyle>('as-written', 'lower', 'upper', 'title');

export function applyCase(text: string, style: CaseStyle): string {
  switch (style) {
    case 'as-written':
      return text;
    case 'lower':
      return text.toLowerCase();
    case 'upper':
      return text.toUpperCase();
    case 'title':
      return text
        .toLowerCase()
        .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  }
}

/** ASCII letters and digits as their full-width forms (NFKD/NFKC fold them back). */
export function fullWidth(text: string): string {
  return text.replace(/[A-Za-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** Replaces each single space with a generated whitespace run. */
export function respace(text: string, runs: readonly string[]): string {
  let index = 0;
  return text.replace(/ /g, () => runs[index++ % Math.max(1, runs.length)] ?? ' ');
}

/** Inserts characters at the given relative positions (0..1), e.g. zero-width ones. */
export function insertAt(text: string, inserts: readonly { at: number; text: string }[]): string {
  const chars = [...text];
  const sorted = [...inserts].sort((a, b) => b.at - a.at);
  for (const { at, text: inserted } of sorted) chars.splice(Math.floor(at * chars.length), 0, inserted);
  return chars.join('');
}

/** Puts a combining mark after the ASCII letter at each relative position (0..1); other characters are left bare. */
export function addAccents(text: string, accents: readonly { at: number; mark: string }[]): string {
  const chars = [...text];
  for (const { at, mark } of accents) {
    const i = Math.floor(at * chars.length);
    if (/^[A-Za-z]$/.test(chars[i] ?? '')) chars[i] = `${chars[i]}${mark}`;
  }
  return chars.join('');
}

export const relativePosition = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
