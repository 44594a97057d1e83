/**
 * German removal-order vocabulary.
 *
 * No German source document is available: every word below is best knowledge of the German
 * Seller Central wording for removal orders (Remissionsaufträge) and is listed as unconfirmed,
 * except the plain label "Status", which German Seller Central shares with English.
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

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  'Planung',
  'In Planung',
  'Ausstehend',
  'In Bearbeitung',
  'Wird bearbeitet',
  'Abgeschlossen',
  'Storniert',
  'Von Amazon veranlasst',
  'Von Amazon initiiert',
  'Amazon-initiiert',
  'Erforderliche Remission',
  'Bestellnummer',
  'Bestell-ID',
  'Auftrags-ID',
  'Remissionsauftrags-ID',
  'Auftragsnummer',
  'Bestellstatus',
  'Auftragsstatus',
  'Auftragstyp',
  'Auftragsart',
  'Bestelltyp',
  'Remissionsart',
  'Auftragsquelle',
  'Bestellquelle',
  'Veranlasst von',
];
