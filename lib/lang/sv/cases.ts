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
};
