/**
 * French removal-order vocabulary.
 *
 * No French source document is available: every word is best knowledge of the French Seller
 * Central wording and is unconfirmed, except "Statut"/"ID de commande" patterns that French
 * Seller Central uses on order pages generally (still listed as unconfirmed for removals).
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

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  'Planification',
  'En cours de planification',
  'En attente',
  'En cours de traitement',
  'Terminé',
  'Terminée',
  'Annulé',
  'Annulée',
  'Initié par Amazon',
  'Initiée par Amazon',
  'Retrait obligatoire',
  'ID de commande',
  'Numéro de commande',
  'ID de la commande de retrait',
  'Statut',
  'Statut de la commande',
  'Type de commande',
  'Source de la commande',
  'Origine de la commande',
];
