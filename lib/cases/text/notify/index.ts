/**
 * The words the background needs (reminder notifications, the in-page save control), kept
 * apart from the rest of the case text so the service worker ships only these.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import type { NotifyText } from '../types';
import { daNotify } from './da';
import { deNotify } from './de';
import { enNotify } from './en';
import { svNotify } from './sv';

const NOTIFY_TEXT: Readonly<Record<UiLanguage, NotifyText>> = {
  en: enNotify,
  da: daNotify,
  sv: svNotify,
  de: deNotify,
};

export function notifyText(language: UiLanguage): NotifyText {
  return NOTIFY_TEXT[language];
}
