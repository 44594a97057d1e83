/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['onderwerp'],
  topics: {
    deactivation: ['gedeactiveerd', 'deactiv', 'opgeschort', 'heractiv'],
    'account-hold': [
      'account geblokkeerd',
      'uitbetaling geblokkeerd',
      'uitbetalingen geblokkeerd',
      'ingehouden',
      'in de wacht',
      'vastgehouden',
    ],
    verification: ['verificatie', 'identiteit', 'verifiër'],
    'under-review': ['beoordeling', 'wordt beoordeeld', 'wordt gecontroleerd'],
    'removal-order': ['verwijderingsorder', 'verwijderingsopdracht', 'verwijdering', 'vernietiging'],
    listing: ['aanbieding', 'listing', 'asin', 'productpagina', 'detailpagina'],
  },
};
