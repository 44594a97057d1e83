/**
 * A TypeScript notice lexicon packed for reading (lexicon.ts): at build time for the files the
 * worker serves, and in tests and tools. Never imported by the content script. Imports are
 * relative: wxt.config.ts loads this file, where the `@/` alias does not exist.
 */
import { STATES_BY_SEVERITY } from '../account-state/states';
import type { NoticeLexicon, Terms } from '../lang/notice-types';
import type { PackedLexicon } from './lexicon';
import { packTerms } from './term-patterns';
import type { PackedTerms } from './terms';

function packGroup<K extends string>(group: Readonly<Record<K, Terms>>, spaced: boolean): Record<K, PackedTerms> {
  const out = {} as Record<K, PackedTerms>;
  for (const key of Object.keys(group) as K[]) out[key] = packTerms(group[key], spaced);
  return out;
}

export function packLexicon(lexicon: NoticeLexicon): PackedLexicon {
  const { spaced } = lexicon;
  const cues = {} as Record<(typeof STATES_BY_SEVERITY)[number], PackedTerms>;
  for (const state of STATES_BY_SEVERITY) cues[state] = packTerms(lexicon.cues[state], spaced);
  return {
    language: lexicon.language,
    spaced,
    subjects: packGroup(lexicon.subjects, spaced),
    items: packTerms(lexicon.items, spaced),
    cues,
    blockers: packGroup(lexicon.blockers, spaced),
    you: packTerms(lexicon.you, spaced),
    rating: packGroup(lexicon.rating, spaced),
    // Phrases with a number in them: compiled where they are read (lib/deadlines/phrases.ts).
    deadlines: lexicon.deadlines,
  };
}
