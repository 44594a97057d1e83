/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['status', 'ärendestatus'],
  idLabels: ['ärende id', 'ärendenummer', 'ärendenr', 'ärende'],
  statuses: {
    'needs-attention': ['åtgärd krävs', 'väntar på ditt svar'],
    resolved: ['löst', 'stängd', 'stängt'],
    answered: ['besvarad', 'besvarat'],
    open: ['pågår', 'väntar på amazon', 'öppen', 'öppet'],
  },
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
