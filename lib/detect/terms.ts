/**
 * Finds packed lexicon terms (term-patterns.ts) in text, without regular expressions: a
 * lexicon is a few hundred terms, and V8 took about 13 ms to compile and first run one
 * lexicon's alternations, which made the first notice on a page a long task.
 *
 * Spaced languages are read as words: the text's word view (every character that is no letter
 * or digit is a space, positions kept) is cut into words, and a term's words must match words
 * next to each other (a space, hyphen or apostrophe between them, never a clause mark `|`).
 * A term word is exact (`hold`), a stem (`deactivat*`), a part (`*konto*`) or an ending
 * (`*konto`). Japanese and Chinese terms are runs of characters found anywhere.
 * At one place the longest term wins; hits never overlap.
 */

import { LETTERS, NUMBERS } from '../letters';

export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** The term as its lexicon writes it (for the "why" of a decision). */
  readonly term: string;
}

export interface TermSet {
  /** Every non-overlapping hit in `text`, left to right. */
  find(text: string): TermHit[];
  /** Builds the set's index now; `find` builds it on first use otherwise. */
  build(): void;
}

type Matcher = Pick<TermSet, 'find'>;

/**
 * A concept's terms, normalized: `words[i]` are term i's words with their `*` marks (spaced
 * languages) or its one run of characters (unspaced), longest terms first; `terms[i]` is the term
 * as written.
 */
export interface PackedTerms {
  readonly terms: readonly string[];
  readonly words: readonly (readonly string[])[];
}

// Stryker disable next-line Regex: equivalent; one space per character either way
const NOT_WORD = new RegExp(`[^${LETTERS}${NUMBERS}|]+`, 'g');
/**
 * NOT_WORD for text of ASCII only, whose letters are A-Z and a-z and whose digits are 0-9: most
 * Seller Central text is ASCII once normalized (accents folded), and this class is the smaller.
 */
// Stryker disable next-line Regex: equivalent; one space per character either way
const NOT_WORD_ASCII = /[^A-Za-z0-9|]+/g;
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
// The caches below only save work: a stale or missing entry is recomputed with the same result.
// Stryker disable next-line StringLiteral: equivalent (cache)
let lastInput = '';
// Stryker disable next-line StringLiteral: equivalent (cache)
let lastView = '';

/**
 * The text with every character that is no letter or digit (clause marks `|` excepted) turned
 * into a space, one for one, so positions stay those of the text. The last one is remembered:
 * a sentence is searched for a dozen concepts in a row.
 */
function wordView(text: string): string {
  // Stryker disable next-line ConditionalExpression: equivalent (cache)
  if (text !== lastInput) {
    lastInput = text;
    lastView = spacedNonWords(text);
  }
  return lastView;
}

/** wordView without its memory; exported so a test can hold the ASCII shortcut to the Unicode rule. */
export function spacedNonWords(text: string): string {
  return text.replace(ASCII_ONLY.test(text) ? NOT_WORD_ASCII : NOT_WORD, (run) => ' '.repeat(run.length));
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORDS = /[^ |]+/g;
/** Most characters a term's words may be apart: a space, hyphen or apostrophe, and some slack. */
const MAX_GAP = 3;
// Stryker disable next-line StringLiteral: equivalent (cache)
let lastView2 = '';
// Stryker disable next-line ArrayDeclaration: equivalent (cache)
let lastWords: Word[] = [];

function wordsOf(view: string): Word[] {
  // Stryker disable next-line ConditionalExpression: equivalent (cache)
  if (view === lastView2) return lastWords;
  const words: Word[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(view); m; m = WORDS.exec(view))
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  lastView2 = view;
  lastWords = words;
  return words;
}

type WordTest = (word: string) => boolean;

function wordTest(pattern: string): WordTest {
  const lead = pattern.startsWith('*');
  // A lone `*` (packTerms never writes one) reads as "any word" either way.
  const trail = pattern.endsWith('*');
  const core = pattern.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (lead && trail) return (w) => w.includes(core);
  if (lead) return (w) => w.endsWith(core);
  if (trail) return (w) => w.startsWith(core);
  return (w) => w === core;
}

interface SpacedTerm {
  readonly term: string;
  readonly tests: readonly WordTest[];
}

/** Terms by the first letter their first word must start with; `*part` terms go under ''. */
function indexByFirstLetter(terms: readonly SpacedTerm[], firsts: readonly string[]): Map<string, SpacedTerm[]> {
  const index = new Map<string, SpacedTerm[]>();
  terms.forEach((term, i) => {
    // Stryker disable next-line LogicalOperator,StringLiteral: equivalent; `?? ''` only satisfies the index type, and '' files a term under any first letter
    const first = firsts[i] ?? '';
    const key = first.startsWith('*') ? '' : first.charAt(0);
    const list = index.get(key) ?? [];
    list.push(term);
    index.set(key, list);
  });
  return index;
}

function spacedSet(packed: PackedTerms): Matcher {
  // Stryker disable next-line StringLiteral: equivalent; `?? ''` only satisfies the index type
  const terms = packed.words.map((words, i) => ({ term: packed.terms[i] ?? '', tests: words.map(wordTest) }));
  const index = indexByFirstLetter(
    terms,
    // Stryker disable next-line ArrowFunction,LogicalOperator,StringLiteral: equivalent; filing every term under '' (any first letter) only makes the search slower
    packed.words.map((words) => words[0] ?? ''),
  );
  const anywhere = index.get('') ?? [];
  const matchAt = (words: readonly Word[], i: number, view: string): { term: SpacedTerm; last: number } | null => {
    const word = words[i] as Word;
    let best: { term: SpacedTerm; last: number } | null = null;
    for (const candidates of [index.get(word.text.charAt(0)), anywhere]) {
      if (!candidates) continue;
      for (const term of candidates) {
        const last = i + term.tests.length - 1;
        if (last >= words.length) continue;
        let ok = true;
        for (let k = 0; k < term.tests.length && ok; k += 1) {
          const current = words[i + k] as Word;
          if (k > 0) {
            const previous = words[i + k - 1] as Word;
            ok = current.start - previous.end <= MAX_GAP && !view.slice(previous.end, current.start).includes('|');
          }
          ok = ok && (term.tests[k] as WordTest)(current.text);
        }
        if (ok && (!best || (words[last] as Word).end > (words[best.last] as Word).end)) best = { term, last };
      }
    }
    return best;
  };
  return {
    find(input) {
      // Stryker disable next-line ConditionalExpression: equivalent; a shortcut, no terms find nothing anyway
      if (terms.length === 0) return [];
      const view = wordView(input);
      const words = wordsOf(view);
      const hits: TermHit[] = [];
      for (let i = 0; i < words.length; i += 1) {
        const found = matchAt(words, i, view);
        if (!found) continue;
        hits.push({ start: (words[i] as Word).start, end: (words[found.last] as Word).end, term: found.term.term });
        i = found.last;
      }
      return hits;
    },
  };
}

function unspacedSet(packed: PackedTerms): Matcher {
  // Stryker disable StringLiteral: equivalent; `?? ''` only satisfies the index type (an empty run is dropped)
  const runs = packed.words
    .map((words, i) => ({ run: words[0] ?? '', term: packed.terms[i] ?? '' }))
    .filter((r) => r.run);
  // Stryker restore StringLiteral
  return {
    find(text) {
      const all: TermHit[] = [];
      for (const { run, term } of runs)
        for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1))
          all.push({ start: at, end: at + run.length, term });
      // Leftmost first, the longest at one place; then no overlaps.
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      const hits: TermHit[] = [];
      let end = -1;
      for (const hit of all) {
        if (hit.start < end) continue;
        hits.push(hit);
        end = hit.end;
      }
      return hits;
    },
  };
}

/**
 * Built on first use, not when the lexicon arrives: a page with 13 languages' lexicons would
 * otherwise build thousands of term tests in one go, and most sets of most lexicons are never
 * asked (a sentence with no cue of a language is never read in it).
 */
export function termSet(packed: PackedTerms, spaced: boolean): TermSet {
  let built: Matcher | null = null;
  const build = () => {
    built ??= spaced ? spacedSet(packed) : unspacedSet(packed);
    return built;
  };
  return {
    find: (text) => build().find(text),
    build,
  };
}
