/**
 * Italian removal-order vocabulary.
 *
 * No Italian source document is available: every word is best knowledge of the Italian
 * Seller Central wording and is unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'it',
  statuses: {
    Pianificazione: 'planning',
    'In pianificazione': 'planning',
    'In sospeso': 'pending',
    'In attesa': 'pending',
    'In elaborazione': 'processing',
    'In lavorazione': 'processing',
    Completato: 'completed',
    Completata: 'completed',
    Annullato: 'cancelled',
    Annullata: 'cancelled',
  },
  amazonInitiated: ['Avviato da Amazon', 'Avviata da Amazon', 'Rimozione obbligatoria'],
  headers: {
    orderId: ["ID dell'ordine", 'ID ordine', 'Numero ordine'],
    status: ['Stato', "Stato dell'ordine", 'Stato ordine'],
    orderType: ['Tipo di ordine', 'Tipo ordine'],
    orderSource: ["Origine dell'ordine", 'Origine ordine'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
