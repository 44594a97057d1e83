import type { UiLanguage } from '@/lib/i18n/translate';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { sv } from './sv';
import type { CaseText } from './types';

export type { CaseText } from './types';

export const CASE_TEXT: Readonly<Record<UiLanguage, CaseText>> = { en, da, sv, de };

export function caseText(language: UiLanguage): CaseText {
  return CASE_TEXT[language];
}
