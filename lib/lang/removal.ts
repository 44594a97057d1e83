/**
 * Every language's removal-order vocabulary (statuses, Amazon-initiated markers, column
 * headers), from lib/lang/<code>/removal.ts. English first, then the order in which a word that
 * two languages share is credited. The removal content script bundles all of them (a table can
 * be in any language the seller chose), but not their unconfirmed lists (removal-unconfirmed.ts).
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';
import { removal as ar } from './ar/removal';
import { removal as de } from './de/removal';
import { removal as en } from './en/removal';
import { removal as es } from './es/removal';
import { removal as fr } from './fr/removal';
import { removal as it } from './it/removal';
import { removal as ja } from './ja/removal';
import type { SellerCentralLanguage } from './languages';
import { removal as nl } from './nl/removal';
import { removal as pl } from './pl/removal';
import { removal as pt } from './pt/removal';
import { removal as sv } from './sv/removal';
import { removal as tr } from './tr/removal';
import { removal as zh } from './zh/removal';

const BY_LANGUAGE: Readonly<Record<SellerCentralLanguage, RemovalVocabulary>> = {
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

export const REMOVAL_VOCABULARIES: readonly RemovalVocabulary[] = /* @__PURE__ */ Object.values(BY_LANGUAGE);
