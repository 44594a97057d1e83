/**
 * Polish removal-order vocabulary.
 *
 * No Polish source document is available: every word is best knowledge of the Polish Seller
 * Central wording and is unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'pl',
  statuses: {
    Planowanie: 'planning',
    Oczekujące: 'pending',
    Oczekujace: 'pending',
    Oczekuje: 'pending',
    'W trakcie realizacji': 'processing',
    Przetwarzanie: 'processing',
    Zakończone: 'completed',
    Zrealizowane: 'completed',
    Anulowane: 'cancelled',
  },
  amazonInitiated: ['Zainicjowane przez Amazon', 'Wymagane usunięcie'],
  headers: {
    orderId: ['Identyfikator zamówienia', 'ID zamówienia', 'Numer zamówienia'],
    status: ['Status', 'Status zamówienia'],
    orderType: ['Typ zamówienia'],
    orderSource: ['Źródło zamówienia'],
  },
};

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  'Planowanie',
  'Oczekujące',
  'Oczekujace',
  'Oczekuje',
  'W trakcie realizacji',
  'Przetwarzanie',
  'Zakończone',
  'Zrealizowane',
  'Anulowane',
  'Zainicjowane przez Amazon',
  'Wymagane usunięcie',
  'Identyfikator zamówienia',
  'ID zamówienia',
  'Numer zamówienia',
  'Status zamówienia',
  'Typ zamówienia',
  'Źródło zamówienia',
];
