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

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = ['Status'];
