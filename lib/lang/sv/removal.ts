/**
 * Swedish removal-order vocabulary.
 *
 * Sources: the Swedish help page on removal orders (seed 004) names the cancellable statuses
 * Planering, Väntande and Bearbetning, the labels Order-ID and Status, the removal method
 * (Borttagningsmetod), Amazon-initierade disposals and Obligatoriska borttagningar
 * (required removals). Unconfirmed (best knowledge, derived from the seed's verbs where
 * possible, e.g. "annullera" → Annullerad): the words for completed and cancelled, and the
 * longer header variants.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'sv',
  statuses: {
    Planering: 'planning',
    Väntande: 'pending',
    Bearbetning: 'processing',
    Bearbetas: 'processing',
    Slutförd: 'completed',
    Slutförda: 'completed',
    Slutfört: 'completed',
    Annullerad: 'cancelled',
    Annullerade: 'cancelled',
    Annullerat: 'cancelled',
  },
  amazonInitiated: ['Amazon-initierad', 'Amazon-initierade', 'Obligatorisk borttagning', 'Obligatoriska borttagningar'],
  headers: {
    orderId: ['Order-ID', 'Beställnings-ID', 'Borttagningsorder-ID'],
    status: ['Status', 'Orderstatus', 'Beställningsstatus'],
    orderType: ['Ordertyp', 'Borttagningsmetod'],
    orderSource: ['Orderkälla', 'Initierad av'],
  },
};

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  'Bearbetas',
  'Slutförd',
  'Slutförda',
  'Slutfört',
  'Annullerad',
  'Annullerade',
  'Annullerat',
  'Beställnings-ID',
  'Borttagningsorder-ID',
  'Orderstatus',
  'Beställningsstatus',
  'Ordertyp',
  'Orderkälla',
  'Initierad av',
];
