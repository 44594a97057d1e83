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
