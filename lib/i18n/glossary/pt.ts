import type { Glossary } from './types';

/** Seller Central's Brazilian Portuguese (amazon.com.br): the words every pt-BR surface uses. */
export const glossary: Glossary = {
  removalOrder: {
    term: 'ordem de remoção',
    forms: 'orde(m|ns) de remoção',
    avoid: ['pedidos? de remoção', 'orde(m|ns) de retirada', 'solicitaç(ão|ões) de remoção'],
  },
  disposal: {
    term: 'descarte',
    forms: 'descart[a-zà-ú]*',
    avoid: ['eliminaç(ão|ões)', 'destruiç(ão|ões)', 'inutilizaç(ão|ões)'],
  },
  accountHealth: {
    term: 'Saúde da conta',
    forms: 'saúde da conta',
    avoid: ['integridade da conta', 'saúde de conta', 'painel de desempenho da conta'],
  },
  caseLog: {
    term: 'Registro de casos',
    forms: 'registro de casos',
    avoid: ['histórico de casos', 'log de casos', 'registro de chamados'],
  },
  planOfAction: {
    term: 'Plano de Ação',
    forms: 'planos? de ação',
    avoid: ['plano de ações', 'plano de correção', 'plano corretivo'],
  },
  performanceNotifications: {
    term: 'Notificações de desempenho',
    forms: 'notificaç(ão|ões) de desempenho',
    avoid: ['notificaç(ão|ões) de performance', 'avisos de desempenho', 'mensagens de desempenho'],
  },
  deactivation: {
    term: 'desativação',
    forms: 'desativ[a-zà-ú]*',
    avoid: ['suspens[a-zà-ú]*', 'suspend[a-zà-ú]*', 'banid[oa]s?', 'desabilitad[oa]s?'],
  },
  onHold: {
    term: 'em espera',
    forms: 'em espera',
    avoid: ['bloque', 'congelad[oa]s?', 'em suspenso'],
  },
  underReview: {
    term: 'em análise',
    forms: 'em análise',
    avoid: ['em revisão', 'sob revisão', 'sob análise', 'em investigação'],
  },
  atRisk: {
    term: 'em risco',
    forms: 'em risco',
    avoid: ['em perigo', 'sob risco', 'ameaçada'],
  },
  appeal: {
    term: 'recurso',
    forms: 'recursos?|recorr[a-zà-ú]*',
    avoid: ['apelaç(ão|ões)', 'apelar', 'apelo', 'contestaç(ão|ões)'],
  },
};
