/**
 * Lexicon terms packed for matching (terms.ts), ahead of time: by the build for the lexicon files
 * the worker hands out (wxt.config.ts), and by tests and tools from the TypeScript lexicons. The
 * content script only matches, so term normalization never ships in it. Imports are relative:
 * wxt.config.ts loads this file, where the `@/` alias does not exist.
 */

import { type Term, type Terms, termText } from '../lang/notice-types';
import { LETTERS, NUMBERS } from '../letters';
import { normalizeText } from './normalize';
import type { PackedTerms } from './terms';

const NOT_WORD_OR_WILDCARD = new RegExp(`[^${LETTERS}${NUMBERS}*]+`, 'g');

/** A term's words as the word view shows them (hyphens and apostrophes are gaps), `*` marks kept. */
function spacedWords(text: string): string[] {
  return normalizeText(text)
    .replace(NOT_WORD_OR_WILDCARD, ' ')
    .split(' ')
    .filter((w) => w.replace(/\*/g, '').length > 0);
}

function unspacedWords(text: string): string[] {
  const run = normalizeText(text).replace(/\*/g, '');
  return run.length > 0 ? [run] : [];
}

export function packTerms(terms: Terms, spaced: boolean): PackedTerms {
  const packed: Array<{ term: string; words: string[]; key: string }> = [];
  const seen = new Set<string>();
  for (const term of terms as readonly Term[]) {
    const text = termText(term);
    const words = spaced ? spacedWords(text) : unspacedWords(text);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    packed.push({ term: text, words, key });
  }
  // Longest first, so "selling account" wins over "account" at the same place.
  packed.sort((a, b) => b.key.length - a.key.length);
  return { terms: packed.map((p) => p.term), words: packed.map((p) => p.words) };
}
