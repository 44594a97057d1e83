import { packsByLanguage } from '@/lib/i18n/language-packs';
import type { ChecklistLanguagePack } from '../types';

/** Every UI language's checklist texts, from `./<code>.ts`. */
export const CHECKLIST_TEXTS = packsByLanguage(
  import.meta.glob<ChecklistLanguagePack>(['./*.ts', '!./index.ts', '!./load.ts'], {
    eager: true,
    import: 'checklistText',
  }),
);
