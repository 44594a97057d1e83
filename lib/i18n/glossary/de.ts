import type { Glossary } from './types';

/** Seller Central's own German words (amazon.de), formal "Sie". */
export const glossary: Glossary = {
  removalOrder: {
    term: 'Remissionsauftrag',
    forms: 'remissionsauftr(ag|äg)',
    avoid: ['entfernung', 'rücksendeauftr', 'removal order'],
  },
  disposal: {
    term: 'Entsorgung',
    forms: 'entsorg',
    avoid: ['vernicht', 'beseitig'],
  },
  accountHealth: {
    term: 'Kontozustand',
    forms: 'kontozustand',
    avoid: ['account health', 'kontogesundheit'],
  },
  caseLog: {
    term: 'Fallprotokoll',
    forms: 'fallprotokoll',
    avoid: ['fallhistorie', 'case log'],
  },
  planOfAction: {
    term: 'Maßnahmenplan',
    forms: 'maßnahmenpl(an|än)',
    avoid: ['plan of action', 'plan-of-action', 'aktionsplan'],
  },
  performanceNotifications: {
    term: 'Leistungsbenachrichtigungen',
    forms: 'leistungsbenachrichtigung',
    avoid: ['performance notifications?', 'leistungsmitteilung', 'leistungsnachricht'],
  },
  deactivation: {
    term: 'Deaktivierung',
    forms: 'deaktivier',
    avoid: ['suspendier', 'stillgelegt', 'kontoschließung'],
  },
  onHold: {
    term: 'angehalten',
    forms: 'angehalten',
    avoid: ['gesperrt', 'sperre', 'sperrung', 'sperrt', 'eingefroren'],
  },
  underReview: {
    term: 'in Prüfung',
    forms: 'prüf',
    avoid: ['untersuchung', 'ermittlung'],
  },
  atRisk: {
    term: 'gefährdet',
    forms: 'gefährd',
    avoid: ['at risk', 'in gefahr', 'risikobehaftet'],
  },
  appeal: {
    term: 'Einspruch',
    forms: 'einspr[uü]ch',
    avoid: ['widerspruch', 'berufung', 'anfechtung'],
  },
};
