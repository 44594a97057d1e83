import type { Glossary } from './types';

/**
 * Danish: no Seller Central is in Danish; Danish sellers use Seller Central in English (or German or Swedish).
 * Page names they click keep their English names (Account Health, Performance Notifications); everything
 * else is the plain professional Danish word.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: 'fjernelsesordre',
    forms: 'fjernelsesordre',
    avoid: ['returordre', 'fjernelsesanmodning', 'fjernelsesbestilling'],
  },
  disposal: {
    term: 'bortskaffelse',
    forms: 'bortskaf',
    avoid: ['destru', 'kassation', 'kassere'],
  },
  accountHealth: {
    term: 'Account Health',
    forms: 'account health',
    avoid: ['kontosundhed', 'kontoens sundhed', 'kontohelbred'],
  },
  caseLog: {
    term: 'sagslog',
    forms: 'sagslog',
    avoid: ['sagshistorik', 'case log'],
  },
  planOfAction: {
    term: 'handlingsplan',
    forms: 'handlingsplan',
    avoid: ['plan of action', 'aktionsplan', 'indsatsplan'],
  },
  performanceNotifications: {
    term: 'Performance Notifications',
    forms: 'performance notifications?',
    avoid: ['præstationsmeddelelse', 'præstationsbesked', 'resultatmeddelelse'],
  },
  deactivation: {
    term: 'deaktivering',
    forms: 'deaktiver',
    avoid: ['suspen', 'udelukk'],
  },
  onHold: {
    term: 'på hold',
    forms: 'på hold',
    avoid: ['spærr', 'indefros', 'frosset', '\\bholdet\\b', '\\bet hold\\b'],
  },
  underReview: {
    term: 'under gennemgang',
    forms: 'gennemg',
    avoid: ['under undersøgelse', 'efterforsk', 'under revision'],
  },
  atRisk: {
    term: 'i risikozonen',
    forms: 'risikozone',
    avoid: ['i risiko\\b', 'i fare\\b', 'truet'],
  },
  appeal: {
    term: 'appel',
    forms: 'appel',
    avoid: ['\\bank(e|er|es|ede|et)?\\b', 'indsigelse'],
  },
};
