/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['oggetto'],
  topics: {
    deactivation: ['disattiv', 'sospensione dell', 'account sospeso', 'riattiv'],
    'account-hold': [
      'account bloccato',
      'pagamenti bloccati',
      'fondi bloccati',
      'trattenut',
      'pagamenti in sospeso',
      'congelat',
    ],
    verification: ['verific', 'identità'],
    'under-review': ['revisione', 'in esame', 'in fase di esame'],
    'removal-order': ['ordine di rimozione', 'rimozione', 'smaltimento'],
    listing: ['offerta', 'inserzione', 'asin', 'pagina prodotto', 'pagina di dettaglio'],
  },
};
