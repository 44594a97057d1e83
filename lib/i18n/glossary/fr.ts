import type { Glossary } from './types';

/** Seller Central's own French words (amazon.fr, amazon.com.be in French, amazon.ca in French). */
export const glossary: Glossary = {
  removalOrder: {
    term: 'ordre de retrait',
    forms: 'ordres? de retrait',
    avoid: ['commandes? de retrait', "ordres? d['’]enlèvement", "demandes? d['’]enlèvement"],
  },
  disposal: {
    term: 'destruction',
    forms: 'destruction|détrui',
    avoid: ['élimin', 'au rebut'],
  },
  accountHealth: {
    term: 'État du compte',
    forms: 'état du compte',
    avoid: ['santé du compte', 'santé de (?:votre |ce |mon )?compte'],
  },
  caseLog: {
    term: 'Journal des dossiers',
    forms: 'journal des dossiers',
    avoid: ['historique des dossiers', 'journal des cas', 'journal des requêtes'],
  },
  planOfAction: {
    term: "plan d'action",
    forms: "plans? d['’]action",
    avoid: ['plan de mesures', 'plan correctif', 'plan de remédiation'],
  },
  performanceNotifications: {
    term: 'Notifications sur la performance',
    forms: 'notifications? sur la performance',
    avoid: [
      'notifications? de performance',
      'notifications? (?:relatives|liées) aux performances',
      'avis de performance',
    ],
  },
  deactivation: {
    term: 'désactivation',
    forms: 'désactiv',
    avoid: ['suspension', 'bannissement', 'radiation'],
  },
  onHold: {
    term: 'mis en attente',
    forms: 'en attente',
    avoid: ['bloqu', 'blocage', 'suspendu', 'en suspens', 'gelé'],
  },
  underReview: {
    term: "en cours d'examen",
    forms: 'examen|examin',
    avoid: ['révision', 'sous revue', "en cours d['’]analyse"],
  },
  atRisk: {
    term: 'à risque',
    forms: 'à risque',
    avoid: ['en danger', 'menacé'],
  },
  appeal: {
    term: 'faire appel',
    forms: 'appel',
    avoid: ['recours', 'réexamen', 'pourvoi'],
  },
};
