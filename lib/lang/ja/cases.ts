/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['ステータス'],
  idLabels: ['ケースid', 'ケース番号', 'ケース'],
  statuses: {
    'needs-attention': ['要対応'],
    resolved: ['解決済み', '終了'],
    answered: ['回答済み'],
    open: ['対応中'],
  },
  subjectLabels: ['件名', '題名'],
  topics: {
    deactivation: ['停止', '無効化', '再開'],
    'account-hold': ['保留'],
    verification: ['本人確認', '認証'],
    'under-review': ['審査', '調査中'],
    'removal-order': ['返送', '所有権の放棄', '廃棄'],
    listing: ['出品', 'asin', '商品ページ', '商品詳細ページ'],
  },
};
