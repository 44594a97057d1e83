import type { UiLanguage } from '@/lib/i18n/translate';
import type { PoaLanguagePack } from '../types';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { sv } from './sv';

export const POA_TEXTS: Readonly<Record<UiLanguage, PoaLanguagePack>> = { en, da, sv, de };
