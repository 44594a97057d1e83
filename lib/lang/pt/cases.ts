/** Best knowledge of the case-page words in this language: not confirmed on a real Seller Central page. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['status', 'status do caso'],
  idLabels: ['id do caso', 'número do caso', 'caso'],
  statuses: {
    'needs-attention': ['ação necessária', 'aguardando sua resposta'],
    resolved: ['resolvido', 'fechado'],
    answered: ['respondido'],
    open: ['em andamento', 'pendente', 'aberto'],
  },
};
