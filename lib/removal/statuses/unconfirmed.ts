/**
 * Per language, the words in its vocabulary that are best knowledge rather than confirmed by a
 * source (for the quick check's "unconfirmed" mark, and for tests). Not imported by the
 * content script.
 */
import { deUnconfirmed } from './de';
import { enUnconfirmed } from './en';
import { esUnconfirmed } from './es';
import { frUnconfirmed } from './fr';
import { itUnconfirmed } from './it';
import { jaUnconfirmed } from './ja';
import { nlUnconfirmed } from './nl';
import { plUnconfirmed } from './pl';
import { svUnconfirmed } from './sv';

export const UNCONFIRMED_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: enUnconfirmed,
  sv: svUnconfirmed,
  de: deUnconfirmed,
  fr: frUnconfirmed,
  it: itUnconfirmed,
  es: esUnconfirmed,
  nl: nlUnconfirmed,
  pl: plUnconfirmed,
  ja: jaUnconfirmed,
};
