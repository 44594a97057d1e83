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

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  'Pianificazione',
  'In pianificazione',
  'In sospeso',
  'In attesa',
  'In elaborazione',
  'In lavorazione',
  'Completato',
  'Completata',
  'Annullato',
  'Annullata',
  'Avviato da Amazon',
  'Avviata da Amazon',
  'Rimozione obbligatoria',
  "ID dell'ordine",
  'ID ordine',
  'Numero ordine',
  'Stato',
  "Stato dell'ordine",
  'Stato ordine',
  'Tipo di ordine',
  'Tipo ordine',
  "Origine dell'ordine",
  'Origine ordine',
];
