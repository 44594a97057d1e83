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
};
