/**
 * The seller's own phrases (options page, synced), for wording Amazon changed before we did.
 * Matched as literal text after normalization, never as a pattern: a phrase with "(" or "*" in
 * it means those characters. A match counts unless its sentence is a condition, guidance or a
 * lifted state, or something below the account (a listing, an ASIN) is named right before it,
 * in any language read.
 */

import type { AccountState } from '@/lib/account-state/states';
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { isUsablePhrase, type SellerPhrase } from '@/lib/account-state/user-phrases';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import type { CompiledLexicon } from './lexicon';
import { normalizeText } from './normalize';
import { sentencesOf } from './reader';

export interface SellerPhraseMatch {
  readonly state: AccountState;
  readonly language: SellerCentralLanguage;
  /** The phrase as the seller wrote it. */
  readonly phrase: string;
}

export interface SellerPhraseMatcher {
  find(text: string): SellerPhraseMatch[];
}

/** Characters before a match in which an item word makes it about that item ("this listing "). */
const ITEM_REACH = 24;
const CLAUSE_MARK = /[,:;.!?|\u3001\u3002\uff0c\uff1a]/;

function blocked(sentence: string, at: number, end: number, lexicons: readonly CompiledLexicon[]): boolean {
  return lexicons.some(
    (lexicon) =>
      lexicon.items
        .find(sentence)
        .some((hit) => hit.end <= at && at - hit.end <= ITEM_REACH && !CLAUSE_MARK.test(sentence.slice(hit.end, at))) ||
      [lexicon.blockers.conditional, lexicon.blockers.guidance, lexicon.blockers.lifted].some((set) =>
        // The phrase's own words never block it ("si" in a seller's phrase is not a condition).
        set.find(sentence).some((hit) => hit.end <= at || hit.start >= end),
      ),
  );
}

export function createSellerPhraseMatcher(
  phrases: readonly SellerPhrase[],
  lexicons: readonly CompiledLexicon[],
): SellerPhraseMatcher {
  const compiled = phrases
    .filter(({ text, state }) => isUsablePhrase(text) && STATES_BY_SEVERITY.includes(state))
    .map((phrase) => ({ ...phrase, norm: normalizeText(phrase.text) }));
  return {
    find(text) {
      if (compiled.length === 0) return [];
      const matches: SellerPhraseMatch[] = [];
      const seen = new Set<string>();
      for (const sentence of sentencesOf(text)) {
        const normalized = normalizeText(sentence);
        for (const phrase of compiled) {
          const at = normalized.indexOf(phrase.norm);
          if (seen.has(phrase.norm) || at < 0 || blocked(normalized, at, at + phrase.norm.length, lexicons)) continue;
          seen.add(phrase.norm);
          matches.push({ state: phrase.state, language: phrase.language, phrase: phrase.text });
        }
      }
      return matches;
    },
  };
}
