/**
 * One language's checklist text, loaded on demand: the popup fetches only the language it
 * shows (each pack is about 3 KB gzip; all fourteen would be most of the popup's budget).
 */
import { packsByLanguage } from '@/lib/i18n/language-packs';
import type { UiLanguage } from '@/lib/i18n/translate';
import type { ChecklistLanguagePack } from '../types';

const LOADERS = packsByLanguage(
  import.meta.glob<ChecklistLanguagePack>(['./*.ts', '!./index.ts', '!./load.ts'], { import: 'checklistText' }),
);

export function loadChecklistPack(language: UiLanguage): Promise<ChecklistLanguagePack> {
  return LOADERS[language]();
}
