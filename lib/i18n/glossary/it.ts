import type { Glossary } from './types';

/**
 * Seller Central's Italian (amazon.it): the words every Italian surface uses, and near-synonyms it
 * avoids. Italian sellers often call a deactivated account "sospeso"; Seller Central itself says
 * "disattivato", so "sospeso" and "sospensione" appear nowhere.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: 'ordine di rimozione',
    forms: 'ordin[ei] di rimozione',
    avoid: ['ordin[ei] di ritiro', 'richiest[ae] di ritiro', 'ordin[ei] di restituzione'],
  },
  disposal: {
    term: 'smaltimento',
    forms: 'smalti',
    avoid: ['distru(zion|gg|tt)', 'rottama'],
  },
  accountHealth: {
    term: "Stato dell'account",
    forms: "stato dell['’]account",
    avoid: ["salute dell['’]account", 'stato di salute'],
  },
  caseLog: {
    term: 'Registro dei casi',
    forms: 'registro dei casi',
    avoid: ['cronologia dei casi', 'archivio (dei )?casi', 'log dei casi'],
  },
  planOfAction: {
    term: "piano d'azione",
    forms: "pian[oi] d['’]azione",
    avoid: ['pian[oi] di azione', 'pian[oi] di intervento', 'pian[oi] correttiv'],
  },
  performanceNotifications: {
    term: 'Notifiche sulle prestazioni',
    forms: 'notific(a|he) sulle prestazioni',
    avoid: ['notifiche (sulle |delle |di )?performance', 'avvisi sulle prestazioni', 'notifiche di rendimento'],
  },
  deactivation: {
    term: 'disattivazione',
    forms: 'disattiv',
    avoid: ['sospe[nsd]', 'bannat', "chiusura dell['’]account"],
  },
  onHold: {
    term: 'messo in attesa',
    forms: 'in attesa',
    avoid: ['blocc', 'in sospeso', 'congelat'],
  },
  underReview: {
    term: 'in fase di revisione',
    forms: 'revision[ei]',
    avoid: ['in esame', 'sotto esame', 'in valutazione', 'sotto revisione', 'sotto indagine'],
  },
  atRisk: {
    term: 'a rischio',
    forms: 'a rischio',
    avoid: ['in pericolo'],
  },
  appeal: {
    term: 'ricorso',
    forms: 'ricors[oi]',
    avoid: ['appell[oi]', 'impugna', 'contestazion'],
  },
};
