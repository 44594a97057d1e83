/** Every language's case-page words (lib/lang/<code>/cases.ts). */
import type { CaseWords } from '@/lib/cases/case-words';
import { cases as ar } from './ar/cases';
import { cases as de } from './de/cases';
import { cases as en } from './en/cases';
import { cases as es } from './es/cases';
import { cases as fr } from './fr/cases';
import { cases as it } from './it/cases';
import { cases as ja } from './ja/cases';
import type { SellerCentralLanguage } from './languages';
import { cases as nl } from './nl/cases';
import { cases as pl } from './pl/cases';
import { cases as pt } from './pt/cases';
import { cases as sv } from './sv/cases';
import { cases as tr } from './tr/cases';
import { cases as zh } from './zh/cases';

export const CASE_WORDS: Readonly<Record<SellerCentralLanguage, CaseWords>> = {
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
