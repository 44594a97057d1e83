import { enNotify } from './notify/en';
import type { CaseText } from './types';

export const en: CaseText = {
  ...enNotify,
  locale: 'en',
  topics: {
    'account-hold': 'Account on hold',
    deactivation: 'Deactivation',
    'under-review': 'Under review',
    verification: 'Verification',
    'removal-order': 'Removal order',
    listing: 'Listing',
    other: 'Other',
  },
  statuses: {
    open: 'Waiting for Amazon',
    answered: 'Amazon replied',
    'needs-attention': 'Needs your attention',
    resolved: 'Resolved',
  },
  followUpStates: {
    overdue: 'Follow-up overdue',
    due: 'Follow up now',
    'due-soon': 'Follow-up due soon',
    waiting: 'Waiting for a reply',
    none: 'No follow-up',
  },
  directions: { sent: 'Sent', received: 'Received' },
  channels: { 'case-log': 'Case log', email: 'Email', phone: 'Phone', chat: 'Chat', other: 'Other' },
  idProblems: {
    empty: 'Paste a case ID, a link to the case, or the case summary.',
    'non-digit': 'A case ID is made of digits only, for example 20424098481.',
    'too-short': 'A case ID has at least 6 digits.',
    'too-long': 'A case ID has at most 15 digits.',
    'several-ids': 'This text contains more than one case ID. Choose the one to save.',
    'unusual-length': 'Case IDs usually have 11 digits. Check that this one is complete.',
  },
  followUpIn: (when) => `Follow up ${when}`,
  followUpOverdue: (when) => `Follow-up overdue: it was due ${when}`,
  followUpReference: (id, sentOn) =>
    sentOn
      ? `Case ID ${id}: I am following up on my message of ${sentOn}. Could you tell me where this case stands?`
      : `Case ID ${id}: I am following up on this case. Could you tell me where it stands?`,
};
