/**
 * Every account-state phrase table. Adding a Seller Central language is adding a file and a line here.
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { sv } from './sv';
import type { PhraseLanguage, PhraseTable } from './types';

export const PHRASE_TABLES: Readonly<Record<PhraseLanguage, PhraseTable>> = { en, de, fr, it, es, nl, pl, sv, ja };

/** English first: when two tables hold the same normalized phrase, the earlier table names the language. */
export const ALL_PHRASE_TABLES: readonly PhraseTable[] = [en, de, fr, it, es, nl, pl, sv, ja];

export * from './types';
