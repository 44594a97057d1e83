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
};
