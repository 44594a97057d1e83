/**
 * Everything a page's detection reads with, built once per page: the notice lexicons of the
 * languages the page may be written in, the rating's words, and the seller's own phrases.
 */

import type { SellerPhrase } from '@/lib/account-state/user-phrases';
import { type RatingWords, ratingWords } from './ahr';
import { type CompiledLexicon, compileLexicon, type PackedLexicon } from './lexicon';
import { createSellerPhraseMatcher, type SellerPhraseMatcher } from './seller-phrases';

export interface Detector {
  readonly lexicons: readonly CompiledLexicon[];
  readonly ratingWords: RatingWords;
  readonly sellerPhrases: SellerPhraseMatcher;
}

/**
 * A page that adds a language builds its detector again: the lexicons it had keep their built
 * term sets instead of being compiled anew.
 */
const COMPILED = new WeakMap<PackedLexicon, CompiledLexicon>();

function compiledOnce(packed: PackedLexicon): CompiledLexicon {
  let compiled = COMPILED.get(packed);
  if (!compiled) {
    compiled = compileLexicon(packed);
    COMPILED.set(packed, compiled);
  }
  return compiled;
}

export function createDetector(
  lexicons: readonly PackedLexicon[],
  sellerPhrases: readonly SellerPhrase[] = [],
): Detector {
  const compiled = lexicons.map(compiledOnce);
  return {
    lexicons: compiled,
    ratingWords: ratingWords(compiled),
    sellerPhrases: createSellerPhraseMatcher(sellerPhrases, compiled),
  };
}
