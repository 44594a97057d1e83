/**
 * Lexicon terms compiled into one regular expression per concept (see lib/lang/notice-types.ts for
 * the term syntax). Terms are our own data, escaped before they become a pattern; the seller's own
 * phrases never come through here (they are matched as literal text, see seller-phrases.ts).
 *
 * In spaced languages a term's words must stand alone (no letter or digit right before or after)
 * and follow each other with a space, hyphen or apostrophe between ("passe-t-il", "l'examen"). In Japanese and Chinese a term is a plain run of
 * characters.
 */
import { type Term, type Terms, termText } from '@/lib/lang/notice-types';
import { normalizeText } from './normalize';

export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** The term as its lexicon writes it (for the "why" of a decision). */
  readonly term: string;
}

export interface TermSet {
  /** Every non-overlapping hit in `text`, left to right. */
  find(text: string): TermHit[];
  readonly empty: boolean;
}

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
  return `(?<![^ |])${words.map(wordPattern).join(GAP)}(?![^ |])`;
}

function unspacedPattern(text: string): string | null {
  const norm = normalizeText(text).replace(/\*/g, '');
  return norm.length > 0 ? escapeRegExp(norm) : null;
}

const NOT_WORD = /[^\p{L}\p{N}|]+/gu;
let lastInput = '';
let lastView = '';

/**
 * The text with every character that is no letter or digit (clause marks `|` excepted) turned
 * into a space, one for one, so positions stay those of the text. The last one is remembered:
 * a sentence is searched for a dozen concepts in a row.
 */
export function wordView(text: string): string {
  if (text !== lastInput) {
    lastInput = text;
    lastView = text.replace(NOT_WORD, (run) => ' '.repeat(run.length));
  }
  return lastView;
}

/** Longest first, so "selling account" wins over "account" at the same place. */
function byLengthDesc(a: string, b: string): number {
  return b.length - a.length;
}

export function compileTerms(terms: Terms, spaced: boolean): TermSet {
  const patterns: string[] = [];
  const byPattern = new Map<string, string>();
  for (const term of terms as readonly Term[]) {
    const text = termText(term);
    const pattern = spaced ? spacedPattern(text) : unspacedPattern(text);
    if (pattern === null || byPattern.has(pattern)) continue;
    byPattern.set(pattern, text);
    patterns.push(pattern);
  }
  if (patterns.length === 0) return { find: () => [], empty: true };
  patterns.sort(byLengthDesc);
  // One group per term tells which one matched.
  const regex = new RegExp(patterns.map((p) => `(${p})`).join('|'), 'g');
  const labels = patterns.map((p) => byPattern.get(p) ?? p);
  return {
    empty: false,
    find(input) {
      const text = spaced ? wordView(input) : input;
      const hits: TermHit[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (m[0].length === 0) {
          regex.lastIndex += 1;
          continue;
        }
        let group = 1;
        while (group < m.length && m[group] === undefined) group += 1;
        hits.push({ start: m.index, end: m.index + m[0].length, term: labels[group - 1] ?? m[0] });
      }
      return hits;
    },
  };
}
