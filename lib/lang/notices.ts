/**
 * Every language's notice lexicon. The worker sends the page's languages to the content script;
 * the build writes each one to `lexicons/<code>.json` (wxt.config.ts), so none of them ships in a
 * content script.
 */
import { notices as ar } from './ar/notices';
import { notices as de } from './de/notices';
import { notices as en } from './en/notices';
import { notices as es } from './es/notices';
import { notices as fr } from './fr/notices';
import { notices as it } from './it/notices';
import { notices as ja } from './ja/notices';
import type { SellerCentralLanguage } from './languages';
import { notices as nl } from './nl/notices';
import type { NoticeLexicon } from './notice-types';
import { notices as pl } from './pl/notices';
import { notices as pt } from './pt/notices';
import { notices as sv } from './sv/notices';
import { notices as tr } from './tr/notices';
import { notices as zh } from './zh/notices';

export const NOTICE_LEXICONS: Readonly<Record<SellerCentralLanguage, NoticeLexicon>> = {
  en,
  de,
  fr,
  it,
  es,
  nl,
  pl,
  sv,
  ja,
  zh,
  pt,
  tr,
  ar,
};
