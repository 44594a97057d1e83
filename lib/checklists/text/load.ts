/**
 * One language's checklist text, loaded on demand: the popup fetches only the language it
 * shows (each pack is about 3 KB gzip; all four would be a quarter of the popup's budget).
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import type { ChecklistLanguagePack } from '../types';

const LOADERS: Readonly<Record<UiLanguage, () => Promise<ChecklistLanguagePack>>> = {
  en: () => import('./en').then((m) => m.en),
  da: () => import('./da').then((m) => m.da),
  sv: () => import('./sv').then((m) => m.sv),
  de: () => import('./de').then((m) => m.de),
};

export function loadChecklistPack(language: UiLanguage): Promise<ChecklistLanguagePack> {
  return LOADERS[language]();
}
