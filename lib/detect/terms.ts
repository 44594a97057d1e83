/**
 * Runs packed lexicon terms (term-patterns.ts) against text: one regular expression per
 * concept. Patterns run on the text's word view in spaced languages: every character that is
 * no letter or digit is a space there, so boundaries and stems need only `[^ |]`. (Unicode
 * classes such as \p{L} inside hundreds of alternatives made V8 take seconds to compile one
 * lexicon.)
 */

export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** The term as its lexicon writes it (for the "why" of a decision). */
  readonly term: string;
}

export interface TermSet {
  /** Every non-overlapping hit in `text`, left to right. */
  find(text: string): TermHit[];
}

/** A concept's terms as one pattern source, one group per term, and the terms in group order. */
export interface PackedTerms {
  readonly source: string;
  readonly terms: readonly string[];
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

export function termSet(packed: PackedTerms, spaced: boolean): TermSet {
  if (packed.source.length === 0) return { find: () => [] };
  const regex = new RegExp(packed.source, 'g');
  const labels = packed.terms;
  return {
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
