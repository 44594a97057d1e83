/** Per language, the removal words that are best knowledge rather than confirmed by a source. */
import { removalUnconfirmed as ar } from './ar/removal';
import { removalUnconfirmed as de } from './de/removal';
import { removalUnconfirmed as en } from './en/removal';
import { removalUnconfirmed as es } from './es/removal';
import { removalUnconfirmed as fr } from './fr/removal';
import { removalUnconfirmed as it } from './it/removal';
import { removalUnconfirmed as ja } from './ja/removal';
import type { SellerCentralLanguage } from './languages';
import { removalUnconfirmed as nl } from './nl/removal';
import { removalUnconfirmed as pl } from './pl/removal';
import { removalUnconfirmed as pt } from './pt/removal';
import { removalUnconfirmed as sv } from './sv/removal';
import { removalUnconfirmed as tr } from './tr/removal';
import { removalUnconfirmed as zh } from './zh/removal';

export const UNCONFIRMED_WORDS: Readonly<Record<SellerCentralLanguage | string, readonly string[] | undefined>> = {
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
