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
  subjectLabels: ['asunto'],
  topics: {
    deactivation: ['desactiv', 'suspensión de la cuenta', 'cuenta suspendida', 'reactiv'],
    'account-hold': [
      'cuenta bloqueada',
      'fondos bloqueados',
      'pagos bloqueados',
      'retenid',
      'pagos en espera',
      'congelad',
    ],
    verification: ['verificación', 'identidad', 'verificar'],
    'under-review': ['en revisión', 'revisión de la cuenta', 'revisión'],
    'removal-order': ['orden de retirada', 'retirada', 'eliminación de inventario', 'eliminación'],
    listing: ['oferta', 'anuncio', 'asin', 'página de producto', 'página de detalles'],
  },
};
