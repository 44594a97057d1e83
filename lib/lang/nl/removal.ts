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

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = ['Status'];
