/**
 * French removal-order vocabulary.
 *
 * No French source document is available: every word is best knowledge of the French Seller
 * Central wording and is unconfirmed, except "Statut"/"ID de commande" patterns that French
 * Seller Central uses on order pages generally (still unconfirmed for removals).
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'fr',
  statuses: {
    Planification: 'planning',
    'En cours de planification': 'planning',
    'En attente': 'pending',
    'En cours de traitement': 'processing',
    Terminé: 'completed',
    Terminée: 'completed',
    Annulé: 'cancelled',
    Annulée: 'cancelled',
  },
  amazonInitiated: ['Initié par Amazon', 'Initiée par Amazon', 'Retrait obligatoire'],
  headers: {
    orderId: ['ID de commande', 'Numéro de commande', 'ID de la commande de retrait'],
    status: ['Statut', 'Statut de la commande'],
    orderType: ['Type de commande'],
    orderSource: ['Source de la commande', 'Origine de la commande'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
