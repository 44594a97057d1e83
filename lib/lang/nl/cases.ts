/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['status'],
  idLabels: ['case-id', 'casenummer', 'zaaknummer', 'case'],
  statuses: {
    'needs-attention': ['actie vereist'],
    resolved: ['opgelost', 'gesloten'],
    answered: ['beantwoord'],
    open: ['in behandeling'],
  },
};
