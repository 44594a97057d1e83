/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['status', 'case status'],
  idLabels: ['case id', 'case number', 'case no', 'case nr', 'case #', 'case'],
  statuses: {
    'needs-attention': [
      'action required',
      'needs your attention',
      'pending seller action',
      'pending your action',
      'awaiting your response',
    ],
    resolved: ['resolved', 'closed'],
    answered: ['answered', 'responded'],
    open: ['pending amazon action', 'work in progress', 'in progress', 'unassigned', 'reopened', 'open'],
  },
};
