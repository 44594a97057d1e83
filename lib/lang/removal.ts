/**
 * Every language's removal-order vocabulary (statuses, Amazon-initiated markers, column
 * headers), from lib/lang/<code>/removal.ts. English first, then the order in which a word that
 * two languages share is credited (the removal content script bundles all of them: a table can
 * be in any language the seller chose).
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';
import * as ar from './ar/removal';
import * as de from './de/removal';
import * as en from './en/removal';
import * as es from './es/removal';
import * as fr from './fr/removal';
import * as it from './it/removal';
import * as ja from './ja/removal';
import type { SellerCentralLanguage } from './languages';
import * as nl from './nl/removal';
import * as pl from './pl/removal';
import * as pt from './pt/removal';
import * as sv from './sv/removal';
import * as tr from './tr/removal';
import * as zh from './zh/removal';

interface RemovalPack {
  readonly removal: RemovalVocabulary;
  readonly removalUnconfirmed: readonly string[];
}

const PACKS: Readonly<Record<SellerCentralLanguage, RemovalPack>> = {
  en,
  sv,
  de,
  fr,
  it,
  es,
  nl,
  pl,
  ja,
  zh,
  pt,
  tr,
  ar,
};

export const REMOVAL_VOCABULARIES: readonly RemovalVocabulary[] = Object.values(PACKS).map((pack) => pack.removal);

/** Per language, the words in its vocabulary that are best knowledge rather than confirmed by a source. */
export const UNCONFIRMED_WORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(PACKS).map(([language, pack]) => [language, pack.removalUnconfirmed]),
);
