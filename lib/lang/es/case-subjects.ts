/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
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
