/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['stato', 'stato del caso'],
  idLabels: ['id caso', 'numero caso', 'caso'],
  statuses: {
    'needs-attention': ['azione richiesta'],
    resolved: ['risolto', 'chiuso'],
    answered: ['risposto', 'con risposta'],
    open: ['in corso', 'in attesa'],
  },
};
