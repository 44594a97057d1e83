/**
 * Dutch removal-order vocabulary.
 *
 * No Dutch source document is available: every word is best knowledge of the Dutch Seller
 * Central wording and is unconfirmed. "In behandeling" can mean either pending or processing
 * in Dutch; it maps to processing, the cautious reading (cancel possible but not certain).
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'nl',
  statuses: {
    Planning: 'planning',
    'In afwachting': 'pending',
    'In behandeling': 'processing',
    'Wordt verwerkt': 'processing',
    Voltooid: 'completed',
    Geannuleerd: 'cancelled',
  },
  amazonInitiated: ['Geïnitieerd door Amazon', 'Door Amazon geïnitieerd', 'Verplichte verwijdering'],
  headers: {
    orderId: ['Bestelling-ID', 'Bestel-ID', 'Bestelnummer'],
    status: ['Status', 'Bestelstatus'],
    orderType: ['Besteltype', 'Type bestelling'],
    orderSource: ['Bron van bestelling', 'Bestelbron'],
  },
};

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  'Planning',
  'In afwachting',
  'In behandeling',
  'Wordt verwerkt',
  'Voltooid',
  'Geannuleerd',
  'Geïnitieerd door Amazon',
  'Door Amazon geïnitieerd',
  'Verplichte verwijdering',
  'Bestelling-ID',
  'Bestel-ID',
  'Bestelnummer',
  'Bestelstatus',
  'Besteltype',
  'Type bestelling',
  'Bron van bestelling',
  'Bestelbron',
];
