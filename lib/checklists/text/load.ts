/**
 * One language's checklist text, loaded on demand: the popup fetches only the language it
 * shows (each pack is about 3 KB gzip; all fourteen would be most of the popup's budget).
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import type { ChecklistLanguagePack } from '../types';

const LOADERS: Readonly<Record<UiLanguage, () => Promise<ChecklistLanguagePack>>> = {
  en: () => import('./en').then((m) => m.en),
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
  it: () => import('./it').then((m) => m.it),
  es: () => import('./es').then((m) => m.es),
  nl: () => import('./nl').then((m) => m.nl),
  pl: () => import('./pl').then((m) => m.pl),
  sv: () => import('./sv').then((m) => m.sv),
  ja: () => import('./ja').then((m) => m.ja),
  zh: () => import('./zh').then((m) => m.zh),
  pt: () => import('./pt').then((m) => m.pt),
  tr: () => import('./tr').then((m) => m.tr),
  ar: () => import('./ar').then((m) => m.ar),
  da: () => import('./da').then((m) => m.da),
};

export function loadChecklistPack(language: UiLanguage): Promise<ChecklistLanguagePack> {
  return LOADERS[language]();
}
