/**
 * Spanish removal-order vocabulary.
 *
 * No Spanish source document is available: every word is best knowledge of the Spanish
 * Seller Central wording and is unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'es',
  statuses: {
    Planificación: 'planning',
    'En planificación': 'planning',
    Pendiente: 'pending',
    'En proceso': 'processing',
    Procesando: 'processing',
    Completado: 'completed',
    Completada: 'completed',
    Cancelado: 'cancelled',
    Cancelada: 'cancelled',
  },
  amazonInitiated: ['Iniciado por Amazon', 'Iniciada por Amazon', 'Retirada obligatoria'],
  headers: {
    orderId: ['ID del pedido', 'ID de pedido', 'Número de pedido'],
    status: ['Estado', 'Estado del pedido'],
    orderType: ['Tipo de pedido'],
    orderSource: ['Origen del pedido'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
