/**
 * Lexicon terms packed into one regular expression source per concept, ahead of time: by the
 * build for the lexicon files the worker hands out (wxt.config.ts), and by tests and tools from
 * the TypeScript lexicons. The content script only runs the result (terms.ts), so term
 * normalization and pattern building never ship in it. Terms are our own data, escaped here.
 *
 * In spaced languages a term's words must stand alone (no letter or digit right before or after)
 * and follow each other with a space, hyphen or apostrophe between ("passe-t-il", "l'examen").
 * In Japanese and Chinese a term is a plain run of characters.
 */
import { type Term, type Terms, termText } from '../lang/notice-types';
import { normalizeText } from './normalize';
import type { PackedTerms } from './terms';

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const escapeRegExp = (text: string) => text.replace(SPECIAL, '\\$&');
/**
 * Patterns run on the text's word view (wordView): every character that is no letter or digit
 * is a space there, so boundaries and stems need only `[^ |]`. Unicode classes such as \p{L}
 * inside hundreds of alternatives made V8 take seconds to compile one lexicon.
 */
const WORD = '[^ |]*';
/** Between a term's words: the spaces left by a space, hyphen or apostrophe (never a clause mark). */
const GAP = ' {1,3}';

/** One word pattern: `stem*`, `*part*`, `*end`, or the word itself. */
function wordPattern(word: string): string {
  const lead = word.startsWith('*');
  const trail = word.endsWith('*') && word.length > 1;
  const core = escapeRegExp(word.slice(lead ? 1 : 0, trail ? -1 : undefined));
  return `${lead ? WORD : ''}${core}${trail ? WORD : ''}`;
}

function spacedPattern(text: string): string | null {
  const words = normalizeText(text)
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .split(' ')
    .filter((w) => w.replace(/\*/g, '').length > 0);
  if (words.length === 0) return null;
  return words.map(wordPattern).join(GAP);
}

function unspacedPattern(text: string): string | null {
  const norm = normalizeText(text).replace(/\*/g, '');
  return norm.length > 0 ? escapeRegExp(norm) : null;
}

/** Longest first, so "selling account" wins over "account" at the same place. */
function byLengthDesc(a: string, b: string): number {
  return b.length - a.length;
}

export function packTerms(terms: Terms, spaced: boolean): PackedTerms {
  const patterns: string[] = [];
  const byPattern = new Map<string, string>();
  for (const term of terms as readonly Term[]) {
    const text = termText(term);
    const pattern = spaced ? spacedPattern(text) : unspacedPattern(text);
    if (pattern === null || byPattern.has(pattern)) continue;
    byPattern.set(pattern, text);
    patterns.push(pattern);
  }
  patterns.sort(byLengthDesc);
  if (patterns.length === 0) return { source: '', terms: [] };
  // One group per term tells which one matched; in spaced languages the word boundaries
  // (a space, a clause mark or an end on both sides) are written once around them all.
  const groups = patterns.map((p) => `(${p})`).join('|');
  const source = spaced ? `(?<![^ |])(?:${groups})(?![^ |])` : groups;
  return { source, terms: patterns.map((p) => byPattern.get(p) ?? p) };
}
