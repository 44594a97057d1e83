/**
 * A notice lexicon compiled for reading: one TermSet per concept. Compiled once per page and
 * language; the content script receives the lexicons of the page's languages from the worker.
 */
import { type AccountState, STATES_BY_SEVERITY } from '@/lib/account-state/states';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import type { NoticeLexicon } from '@/lib/lang/notice-types';
import { compileTerms, type TermSet } from './terms';

export type SubjectKind = 'account' | 'privileges' | 'funds' | 'credentials';
export const SUBJECT_KINDS: readonly SubjectKind[] = ['account', 'privileges', 'funds', 'credentials'];

export type BlockerKind = keyof NoticeLexicon['blockers'];

export interface CompiledLexicon {
  readonly language: SellerCentralLanguage;
  readonly spaced: boolean;
  readonly subjects: Readonly<Record<SubjectKind, TermSet>>;
  readonly items: TermSet;
  readonly cues: Readonly<Record<AccountState, TermSet>>;
  readonly blockers: Readonly<Record<BlockerKind, TermSet>>;
  readonly you: TermSet;
  readonly rating: {
    readonly labels: TermSet;
    readonly healthy: TermSet;
    readonly atRisk: TermSet;
    readonly critical: TermSet;
  };
}

export function compileLexicon(lexicon: NoticeLexicon): CompiledLexicon {
  const { spaced } = lexicon;
  const compile = (terms: NoticeLexicon['items']) => compileTerms(terms, spaced);
  const cues = {} as Record<AccountState, TermSet>;
  for (const state of STATES_BY_SEVERITY) cues[state] = compile(lexicon.cues[state]);
  const { conditional, guidance, lifted, negation, possibility } = lexicon.blockers;
  const { account, privileges, funds, credentials } = lexicon.subjects;
  const { labels, healthy, atRisk, critical } = lexicon.rating;
  return {
    language: lexicon.language,
    spaced,
    subjects: {
      account: compile(account),
      privileges: compile(privileges),
      funds: compile(funds),
      credentials: compile(credentials),
    },
    items: compile(lexicon.items),
    cues,
    blockers: {
      conditional: compile(conditional),
      guidance: compile(guidance),
      lifted: compile(lifted),
      negation: compile(negation),
      possibility: compile(possibility),
    },
    you: compile(lexicon.you),
    rating: {
      labels: compile(labels),
      healthy: compile(healthy),
      atRisk: compile(atRisk),
      critical: compile(critical),
    },
  };
}
