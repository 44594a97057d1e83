/**
 * A notice lexicon ready to read with: one TermSet per concept. The worker reads the packed
 * lexicons the build writes (lexicon-pack.ts) and classifies with them; a content script
 * receives only their rating words, to find the rating's widget, and only turns their pattern
 * sources into regular expressions.
 */
import type { AccountState } from '@/lib/account-state/states';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import type { NoticeLexicon } from '@/lib/lang/notice-types';
import { type PackedTerms, type TermSet, termSet } from './terms';

export type SubjectKind = keyof NoticeLexicon['subjects'];
export const SUBJECT_KINDS: readonly SubjectKind[] = ['account', 'privileges', 'funds', 'credentials'];

export type BlockerKind = keyof NoticeLexicon['blockers'];

type Shaped<T> = {
  readonly [K in keyof T]: T[K] extends readonly unknown[] ? PackedTerms : Shaped<T[K]>;
};

/** A lexicon as the build writes it to `lexicons/<code>.json`: every term list packed. */
export interface PackedLexicon {
  readonly language: SellerCentralLanguage;
  readonly spaced: boolean;
  readonly subjects: Shaped<NoticeLexicon['subjects']>;
  readonly items: PackedTerms;
  readonly cues: Readonly<Record<AccountState, PackedTerms>>;
  readonly blockers: Shaped<NoticeLexicon['blockers']>;
  readonly you: PackedTerms;
  readonly rating: Shaped<NoticeLexicon['rating']>;
  readonly deadlines: NoticeLexicon['deadlines'];
}

/**
 * The rating's words alone: what a page's evidence scan needs to find the Account Health Rating
 * widget. The content script gets only these; the rest of a lexicon is read in the worker.
 */
export type PackedRatingLexicon = Pick<PackedLexicon, 'language' | 'spaced' | 'rating'>;

export interface RatingLexicon {
  readonly language: SellerCentralLanguage;
  readonly spaced: boolean;
  readonly rating: Readonly<Record<keyof NoticeLexicon['rating'], TermSet>>;
}

export interface CompiledLexicon extends RatingLexicon {
  readonly language: SellerCentralLanguage;
  readonly spaced: boolean;
  readonly subjects: Readonly<Record<SubjectKind, TermSet>>;
  readonly items: TermSet;
  readonly cues: Readonly<Record<AccountState, TermSet>>;
  /** Every state's cues at once: most sentences have none, and one look tells. */
  readonly anyCue: TermSet;
  readonly blockers: Readonly<Record<BlockerKind, TermSet>>;
  readonly you: TermSet;
}

type Sets<T> = { [K in keyof T]: TermSet };

function sets<T extends object>(group: T, spaced: boolean): Sets<T> {
  const out = {} as Record<string, TermSet>;
  for (const [key, packed] of Object.entries(group)) out[key] = termSet(packed as PackedTerms, spaced);
  return out as Sets<T>;
}

function mergedTerms(groups: readonly PackedTerms[]): PackedTerms {
  return { terms: groups.flatMap((g) => g.terms), words: groups.flatMap((g) => g.words) };
}

export function ratingPartOf(packed: PackedLexicon): PackedRatingLexicon {
  return { language: packed.language, spaced: packed.spaced, rating: packed.rating };
}

export function compileRatingLexicon(packed: PackedRatingLexicon): RatingLexicon {
  return { language: packed.language, spaced: packed.spaced, rating: sets(packed.rating, packed.spaced) };
}

export function compileLexicon(packed: PackedLexicon): CompiledLexicon {
  const { spaced } = packed;
  return {
    language: packed.language,
    spaced,
    subjects: sets(packed.subjects, spaced),
    items: termSet(packed.items, spaced),
    cues: sets(packed.cues, spaced),
    anyCue: termSet(mergedTerms(Object.values(packed.cues)), spaced),
    blockers: sets(packed.blockers, spaced),
    you: termSet(packed.you, spaced),
    rating: sets(packed.rating, spaced),
  };
}
