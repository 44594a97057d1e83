/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['ämne', 'rubrik'],
  topics: {
    deactivation: ['avaktiver', 'stängt konto', 'kontot har stängts', 'återaktiver'],
    'account-hold': [
      'kontot är spärrat',
      'spärrat konto',
      'spärr av kontot',
      'on hold',
      'utbetalningar pausade',
      'pausade utbetalningar',
      'innehållna medel',
    ],
    verification: ['verifier', 'identitet'],
    'under-review': ['granskning', 'granskas'],
    'removal-order': ['borttagningsorder', 'borttagning', 'kassering'],
    listing: ['erbjudande', 'annons', 'asin', 'produktsida', 'detaljsida'],
  },
};
