/**
 * Simplified Chinese removal-order vocabulary.
 *
 * No Simplified Chinese source document is available: every word is best knowledge of the Chinese Seller Central wording for removal orders (移除订单) and is
 * unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'zh',
  statuses: {
    计划中: 'planning',
    待处理: 'pending',
    处理中: 'processing',
    已完成: 'completed',
    已取消: 'cancelled',
    已发货: 'shipped',
  },
  amazonInitiated: ['亚马逊发起', '由亚马逊发起', '必要移除'],
  headers: {
    orderId: ['订单编号', '订单号', '移除订单编号'],
    status: ['状态', '订单状态'],
    orderType: ['订单类型', '移除类型'],
    orderSource: ['订单来源', '发起方'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
