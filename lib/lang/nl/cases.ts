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
