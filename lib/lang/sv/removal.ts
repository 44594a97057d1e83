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

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [
  'Planering',
  'Väntande',
  'Bearbetning',
  'Amazon-initierad',
  'Amazon-initierade',
  'Obligatorisk borttagning',
  'Obligatoriska borttagningar',
  'Order-ID',
  'Status',
  'Borttagningsmetod',
];
