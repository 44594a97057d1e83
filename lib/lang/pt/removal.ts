/**
 * Brazilian Portuguese removal-order vocabulary.
 *
 * No Brazilian Portuguese source document is available: every word is best knowledge of the Brazilian Seller Central wording for removal orders (pedidos de remoção) and is
 * unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'pt',
  statuses: {
    Planejamento: 'planning',
    'Em planejamento': 'planning',
    Pendente: 'pending',
    Processando: 'processing',
    'Em processamento': 'processing',
    Concluído: 'completed',
    Cancelado: 'cancelled',
    Enviado: 'shipped',
  },
  amazonInitiated: ['Iniciado pela Amazon', 'Remoção obrigatória'],
  headers: {
    orderId: ['ID do pedido', 'Número do pedido', 'ID do pedido de remoção'],
    status: ['Status', 'Status do pedido'],
    orderType: ['Tipo de pedido', 'Tipo de remoção'],
    orderSource: ['Origem do pedido', 'Iniciado por'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
