/** Every Seller Central language's removal vocabulary; adding a language is adding a file here. */
import type { RemovalVocabulary } from '../vocabulary';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { sv } from './sv';

export const REMOVAL_VOCABULARIES: readonly RemovalVocabulary[] = [en, sv, de, fr, it, es, nl, pl, ja];
