import type { UiLanguage } from '@/lib/i18n/translate';
import type { ChecklistLanguagePack } from '../types';
import { ar } from './ar';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import { tr } from './tr';
import { zh } from './zh';

export const CHECKLIST_TEXTS: Readonly<Record<UiLanguage, ChecklistLanguagePack>> = {
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
  da,
};
