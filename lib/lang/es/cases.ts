/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['estado', 'estado del caso'],
  idLabels: ['id del caso', 'número de caso', 'caso'],
  statuses: {
    'needs-attention': ['acción necesaria', 'se requiere acción'],
    resolved: ['resuelto', 'cerrado'],
    answered: ['respondido'],
    open: ['en curso', 'pendiente'],
  },
};
