import type { Glossary } from './types';

/**
 * Seller Central's Dutch (amazon.nl, amazon.com.be): the words every Dutch surface uses, and
 * near-synonyms it avoids. Sellers often call a deactivated account "geschorst" or "opgeschort";
 * Seller Central says "gedeactiveerd", so those words appear nowhere. A hold is "in de wacht":
 * never "geblokkeerd", which sounds final, so a hold and a deactivation are never confused.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: 'verwijderingsorder',
    forms: 'verwijderingsorder',
    avoid: ['verwijderingsopdracht', 'verwijderopdracht', 'verwijderorder', 'retourorder', 'removal order'],
  },
  disposal: {
    term: 'vernietiging',
    forms: 'vernietig',
    avoid: ['afvoer', 'vernielen', 'vernield', 'vernieling', 'afvalverwerking'],
  },
  accountHealth: {
    term: 'Accountstatus',
    forms: 'accountstatus',
    avoid: ['accountgezondheid', 'gezondheid van (?:uw|je|het) account', 'account health'],
  },
  caseLog: {
    term: 'Caselogboek',
    forms: 'caselogboek',
    avoid: ['zaaklogboek', 'case-logboek', 'caselog(?!boek)', 'logboek van (?:cases|zaken)', 'case log'],
  },
  planOfAction: {
    term: 'actieplan',
    forms: 'actieplan',
    avoid: ['plan van aanpak', 'actie-plan', 'handelingsplan', 'plan of action'],
  },
  performanceNotifications: {
    term: 'Prestatiemeldingen',
    forms: 'prestatiemelding',
    avoid: [
      'prestatienotificatie',
      'prestatiebericht',
      'meldingen over (?:uw |de )?prestaties',
      'performance notification',
    ],
  },
  deactivation: {
    term: 'deactivering (gedeactiveerd)',
    forms: 'deactiv(?:ering|eren|eerd|eert|eerde)',
    avoid: ['deactivatie', 'schorsing', 'geschorst', 'opgeschort', 'opschorting'],
  },
  onHold: {
    term: 'in de wacht (in de wacht gezet)',
    forms: 'in de wacht',
    avoid: ['blokk', 'on hold', 'on-hold', 'bevroren'],
  },
  underReview: {
    term: 'in beoordeling (wordt beoordeeld)',
    forms: 'beoordeel|beoordeling',
    avoid: ['onder controle', 'in review', 'onder review', 'under review', 'gereviewd'],
  },
  atRisk: {
    term: 'risico (loopt risico)',
    forms: 'risico',
    avoid: ['at risk', 'in gevaar', 'gevarenzone'],
  },
  appeal: {
    term: 'beroep (in beroep gaan)',
    forms: 'beroep',
    avoid: ['bezwaar', 'appèl', 'hoger beroep', 'appeal'],
  },
};
