import type { UiLanguage } from '@/lib/i18n/translate';
import type { ChecklistLanguagePack } from '../types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { sv } from './sv';

export const CHECKLIST_TEXTS: Readonly<Record<UiLanguage, ChecklistLanguagePack>> = { en, da, sv, de };
