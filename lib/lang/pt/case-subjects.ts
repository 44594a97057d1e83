/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['assunto'],
  topics: {
    deactivation: ['desativ', 'suspensão da conta', 'conta suspensa', 'reativ'],
    'account-hold': [
      'conta bloqueada',
      'fundos bloqueados',
      'pagamentos bloqueados',
      'retid',
      'pagamentos em espera',
      'congelad',
    ],
    verification: ['verificação', 'identidade', 'verificar'],
    'under-review': ['em análise', 'análise da conta', 'revisão'],
    'removal-order': ['pedido de remoção', 'remoção', 'descarte'],
    listing: ['anúncio', 'oferta', 'asin', 'página do produto', 'página de detalhes'],
  },
};
