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
  subjectLabels: ['subject', 'case subject'],
  topics: {
    deactivation: ['deactivat', 'suspended', 'suspension', 'reinstat'],
    'account-hold': [
      'on hold',
      'account hold',
      'funds held',
      'held funds',
      'payments held',
      'disbursement hold',
      'funds on hold',
    ],
    verification: ['verif', 'identity', 'kyc', 'proof of address'],
    'under-review': ['under review', 'account review', 'being reviewed', 'review of your account'],
    'removal-order': ['removal order', 'removal', 'disposal', 'remove inventory'],
    listing: ['listing', 'asin', 'product page', 'detail page', 'suppressed'],
  },
};
