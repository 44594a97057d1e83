/**
 * Splitting plan text into words and sentences with their offsets. Linear scans only: a
 * 100 KB paste must not stall the editor.
 */
import type { Span } from './types';

const WORD = /\S+/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words as a reader counts them: whitespace-separated runs holding a letter or digit. */
export function wordSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(WORD)) {
    if (HAS_LETTER_OR_DIGIT.test(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function countWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(WORD)) if (HAS_LETTER_OR_DIGIT.test(match[0])) count += 1;
  return count;
}

const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟']);
const isSpace = (character: string | undefined) => character === undefined || /\s/.test(character);

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s += 1;
  while (e > s && isSpace(text[e - 1])) e -= 1;
  if (e > s) spans.push({ start: s, end: e });
}

/**
 * Sentences: a line break ends one, and so does terminal punctuation followed by whitespace or
 * the end ("3.5 kg" and "e.g." inside a word stay whole).
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i];
    if (character === '\n') {
      pushTrimmed(spans, text, start, i);
      start = i + 1;
    } else if (character !== undefined && TERMINALS.has(character)) {
      let j = i;
      while (j + 1 < text.length && TERMINALS.has(text[j + 1] ?? '')) j += 1;
      if (isSpace(text[j + 1])) {
        pushTrimmed(spans, text, start, j + 1);
        start = j + 1;
      }
      i = j;
    }
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/** The span in a sorted, non-overlapping list that contains the offset (binary search). */
export function spanAt(spans: readonly Span[], offset: number): Span | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) return null;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return null;
}

/**
 * Same-length copy for matching: lower case, and typographic apostrophes as "'" so "Doesn’t"
 * matches "doesn't". Offsets into the copy are offsets into the original; a character whose
 * lower case is longer (such as "İ") is kept as it is.
 */
export function forMatching(text: string): string {
  const plain = text.replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'");
  const lower = plain.toLowerCase();
  if (lower.length === plain.length) return lower;
  let out = '';
  for (const character of plain) {
    const lowered = character.toLowerCase();
    out += lowered.length === character.length ? lowered : character;
  }
  return out;
}

/** Comparable form of a sentence for duplicate detection: lower case, letters and digits only. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
