/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['konu'],
  topics: {
    deactivation: ['devre dışı', 'askıya alın', 'yeniden etkinleştir'],
    'account-hold': ['beklemede', 'bloke', 'durduruldu', 'tutuldu'],
    verification: ['doğrulama', 'kimlik'],
    'under-review': ['inceleme', 'incelen'],
    'removal-order': ['kaldırma siparişi', 'kaldırma', 'imha'],
    listing: ['ürün listesi', 'teklif', 'asin', 'ürün sayfası', 'ayrıntı sayfası'],
  },
};
