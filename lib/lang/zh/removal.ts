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

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  '计划中',
  '待处理',
  '处理中',
  '已完成',
  '已取消',
  '已发货',
  '亚马逊发起',
  '由亚马逊发起',
  '必要移除',
  '订单编号',
  '订单号',
  '移除订单编号',
  '状态',
  '订单状态',
  '订单类型',
  '移除类型',
  '订单来源',
  '发起方',
];
