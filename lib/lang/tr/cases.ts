/** Best knowledge of the case-page words in this language: not confirmed on a real Seller Central page. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['durum', 'talep durumu'],
  idLabels: ['talep kimliği', 'talep numarası', 'talep'],
  statuses: {
    'needs-attention': ['işlem gerekli', 'yanıtınız bekleniyor'],
    resolved: ['çözüldü', 'kapatıldı'],
    answered: ['yanıtlandı'],
    open: ['devam ediyor', 'beklemede', 'açık'],
  },
};
