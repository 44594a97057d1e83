/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['status', 'fallstatus'],
  idLabels: ['fall id', 'fallnummer', 'fall nr', 'fall', 'vorgangsnummer'],
  statuses: {
    'needs-attention': ['aktion erforderlich', 'handlung erforderlich', 'antwort erforderlich'],
    resolved: ['gelöst', 'geschlossen', 'erledigt'],
    answered: ['beantwortet'],
    open: ['in bearbeitung', 'ausstehend', 'offen'],
  },
};
