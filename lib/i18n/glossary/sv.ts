import type { Glossary } from './types';

/** Seller Central's own Swedish words (amazon.se). */
export const glossary: Glossary = {
  removalOrder: {
    term: 'borttagningsorder',
    forms: 'borttagningsord(er|rar)',
    avoid: ['lagerrensning', 'returorder', 'borttagningsbegäran'],
  },
  disposal: {
    term: 'bortskaffande',
    forms: 'bortskaffa',
    avoid: ['kasser', 'avyttr', 'destruer'],
  },
  accountHealth: {
    term: 'Kontohälsa',
    forms: 'kontohäls',
    avoid: ['account health', 'kontostatus', 'kontots hälsa'],
  },
  caseLog: {
    term: 'ärendelogg',
    forms: 'ärendelogg',
    avoid: ['ärendehistorik', 'case log'],
  },
  planOfAction: {
    term: 'handlingsplan',
    forms: 'handlingsplan',
    avoid: ['åtgärdsplan', 'plan of action', 'aktionsplan'],
  },
  performanceNotifications: {
    term: 'Resultataviseringar',
    forms: 'resultataviser',
    avoid: ['performance notifications?', 'aviseringar om prestanda', 'prestandaavisering', 'prestationsmeddelande'],
  },
  deactivation: {
    term: 'avaktivering',
    forms: 'avaktiver',
    avoid: ['inaktiver', 'avstängning', 'suspender'],
  },
  onHold: {
    term: 'pausat',
    forms: 'paus',
    avoid: ['spärr', 'fryst', 'frysning'],
  },
  underReview: {
    term: 'under granskning',
    forms: 'gransk',
    avoid: ['undersök', 'utredning'],
  },
  atRisk: {
    term: 'i riskzonen',
    forms: 'riskzon',
    avoid: ['at risk', 'i fara\\b', 'hotat'],
  },
  appeal: {
    term: 'överklagan',
    forms: 'överklag',
    avoid: ['omprövning', 'invändning', 'appell'],
  },
};
