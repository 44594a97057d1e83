/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
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
