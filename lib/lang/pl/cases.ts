/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['status', 'stan'],
  idLabels: ['id zgłoszenia', 'numer zgłoszenia', 'zgłoszenie'],
  statuses: {
    'needs-attention': ['wymagane działanie'],
    resolved: ['rozwiązan', 'zamknięt'],
    answered: ['odpowiedziano'],
    open: ['w toku'],
  },
  subjectLabels: ['temat'],
  topics: {
    deactivation: ['dezaktywow', 'zawieszen', 'zawieszone', 'reaktywac'],
    'account-hold': ['konto zablokowane', 'środki zablokowane', 'wstrzyman', 'zatrzyman'],
    verification: ['weryfikac', 'tożsamoś'],
    'under-review': ['sprawdzan', 'przegląd', 'w trakcie oceny'],
    'removal-order': ['zamówienie usunięcia', 'usunięci', 'utylizac'],
    listing: ['ofert', 'asin', 'strona produktu', 'strona szczegółów'],
  },
};
