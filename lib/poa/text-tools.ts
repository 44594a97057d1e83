/**
 * Splitting plan text into words and sentences with their offsets. Linear scans only: a
 * 100 KB paste must not stall the editor.
 */
import type { Span } from './types';

const WORD = /\S+/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Han, kana and Hangul: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/**
 * Japanese and Chinese words average about two characters: a run without spaces counts as its
 * characters over two, so a Japanese plan meets the same length limit as the same plan in English.
 */
const CHARACTERS_PER_UNSPACED_WORD = 2;

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
  for (const match of text.matchAll(WORD)) {
    const run = match[0];
    if (!HAS_LETTER_OR_DIGIT.test(run)) continue;
    const unspaced = run.match(UNSPACED)?.length ?? 0;
    // A run of Japanese with a Latin word inside ("ASINの在庫") counts both parts.
    count +=
      unspaced === 0
        ? 1
        : Math.max(1, Math.round(unspaced / CHARACTERS_PER_UNSPACED_WORD)) + (hasSpacedPart(run) ? 1 : 0);
  }
  return count;
}

/** True when a run also holds letters or digits outside the unspaced scripts. */
function hasSpacedPart(run: string): boolean {
  return HAS_LETTER_OR_DIGIT.test(run.replace(UNSPACED, ''));
}

const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟']);
/** Full-width terminals end a sentence with no space after them: Japanese and Chinese use none. */
const FULL_WIDTH_TERMINALS = new Set(['。', '！', '？']);
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
      if (isSpace(text[j + 1]) || FULL_WIDTH_TERMINALS.has(text[j] ?? '')) {
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
 * matches "doesn't". Offsets into the copy are offsets into the original. Turkish "İ" becomes
 * "i" (its lower case, "i" with a combining dot, is two characters); any other character whose
 * lower case is longer is kept as it is.
 */
export function forMatching(text: string): string {
  const plain = text.replace(/[\u2018\u2019\u02BC\u00B4`]/g, "'").replaceAll('\u0130', 'i');
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
