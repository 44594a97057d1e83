/**
 * German removal-order vocabulary.
 *
 * No German source document is available: every word below is best knowledge of the German
 * Seller Central wording for removal orders (Remissionsaufträge) and is unconfirmed, except the
 * plain label "Status", which German Seller Central shares with English.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'de',
  statuses: {
    Planung: 'planning',
    'In Planung': 'planning',
    Ausstehend: 'pending',
    'In Bearbeitung': 'processing',
    'Wird bearbeitet': 'processing',
    Abgeschlossen: 'completed',
    Storniert: 'cancelled',
  },
  amazonInitiated: ['Von Amazon veranlasst', 'Von Amazon initiiert', 'Amazon-initiiert', 'Erforderliche Remission'],
  headers: {
    orderId: ['Bestellnummer', 'Bestell-ID', 'Auftrags-ID', 'Remissionsauftrags-ID', 'Auftragsnummer'],
    status: ['Status', 'Bestellstatus', 'Auftragsstatus'],
    orderType: ['Auftragstyp', 'Auftragsart', 'Bestelltyp', 'Remissionsart'],
    orderSource: ['Auftragsquelle', 'Bestellquelle', 'Veranlasst von'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = ['Status'];
