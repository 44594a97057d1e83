/**
 * Japanese removal-order vocabulary.
 *
 * No Japanese source document is available: every word is best knowledge of the Japanese
 * Seller Central wording (返送/所有権の放棄依頼) and is unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'ja',
  statuses: {
    計画中: 'planning',
    保留中: 'pending',
    処理中: 'processing',
    完了: 'completed',
    キャンセル済み: 'cancelled',
  },
  amazonInitiated: ['Amazonが開始', 'Amazon主導', '必須の返送'],
  headers: {
    orderId: ['注文番号', '注文ID', '依頼ID'],
    status: ['ステータス', '注文ステータス'],
    orderType: ['注文タイプ', '依頼の種類'],
    orderSource: ['注文元', '依頼元'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
