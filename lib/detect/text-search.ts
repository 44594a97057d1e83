/**
 * Containment helpers on normalized text. Plain indexOf, never a regex built from data: phrases
 * are text, and a seller's phrase with "(" or "*" in it must match those characters literally.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every occurrence of needle in text (overlapping ones included). */
export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

export function isInside(span: Span, masks: readonly Span[]): boolean {
  for (const mask of masks) if (mask.start <= span.start && span.end <= mask.end) return true;
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LATIN_WORD_CHAR = /[a-z0-9]/;

/**
 * Latin words must stand alone ("ahr" is not the end of "jahr"); Japanese has no spaces between
 * words, so a side that ends in a non-Latin character needs no boundary.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  if (LATIN_WORD_CHAR.test(first) && start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) return false;
  if (LATIN_WORD_CHAR.test(last) && end < text.length && WORD_CHAR.test(text[end] ?? '')) return false;
  return true;
}
