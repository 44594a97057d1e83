/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['statut', 'statut de la requête'],
  idLabels: ['id de la requête', 'numéro de requête', 'requête'],
  statuses: {
    'needs-attention': ['action requise'],
    resolved: ['résolu', 'fermé'],
    answered: ['répondu'],
    open: ['en cours', 'en attente'],
  },
};
