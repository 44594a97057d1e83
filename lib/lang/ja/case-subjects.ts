/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
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
