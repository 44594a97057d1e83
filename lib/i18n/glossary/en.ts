import type { Glossary } from './types';

/** Seller Central's English: the words every English surface uses, and near-synonyms it avoids. */
export const glossary: Glossary = {
  removalOrder: { term: 'removal order', forms: 'removal orders?', avoid: ['return order'] },
  disposal: { term: 'disposal', forms: 'dispos(al|e|ed|ing)', avoid: ['destroy', 'destruction'] },
  accountHealth: { term: 'Account Health', forms: 'account health', avoid: ['account status page'] },
  caseLog: { term: 'case log', forms: 'case log', avoid: ['case history'] },
  planOfAction: { term: 'Plan of Action', forms: 'plan of action', avoid: ['action plan'] },
  performanceNotifications: {
    term: 'Performance Notifications',
    forms: 'performance notifications?',
    avoid: ['performance messages'],
  },
  deactivation: { term: 'deactivation', forms: 'deactivat', avoid: ['suspended account', 'banned'] },
  onHold: { term: 'on hold', forms: 'on hold', avoid: ['frozen account', 'blocked account'] },
  underReview: { term: 'under review', forms: 'under review', avoid: ['under investigation'] },
  atRisk: { term: 'at risk', forms: 'at risk', avoid: ['in danger'] },
  appeal: { term: 'appeal', forms: 'appeal', avoid: ['complaint against the decision'] },
};
