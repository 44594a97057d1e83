/**
 * Dutch account-state wording (sellercentral.amazon.nl).
 * Source: Seller Central help in nl_NL on seller-fulfilled account reviews ("Waarom is mijn account
 * ter beoordeling aangemerkt?", "verkoopprivileges"), which fixes the vocabulary.
 * Unconfirmed: every phrase, since no Dutch banner or notice could be quoted; the review phrase is the
 * help title's wording turned into a statement, the rest our own translation of the English notices.
 */
import type { PhraseTable } from './types';

export const nl: PhraseTable = {
  language: 'nl',
  source: 'Vocabulary from Seller Central help (nl_NL); every phrase our own translation of the English notices',
  states: {
    deactivated: [
      { text: 'verkopersaccount is gedeactiveerd', unconfirmed: true },
      { text: 'verkoopaccount is gedeactiveerd', unconfirmed: true },
      { text: 'verkoopprivileges zijn ingetrokken', unconfirmed: true },
    ],
    'on-hold': [
      { text: 'uitbetalingen zijn opgeschort', unconfirmed: true },
      { text: 'uitbetalingen worden ingehouden', unconfirmed: true },
      { text: 'je tegoed wordt vastgehouden', unconfirmed: true },
    ],
    'under-review': [
      { text: 'account is ter beoordeling aangemerkt', unconfirmed: true },
      { text: 'verkoopaccount wordt beoordeeld', unconfirmed: true },
      { text: 'je account wordt gecontroleerd', unconfirmed: true },
    ],
    'at-risk': [
      { text: 'account loopt het risico gedeactiveerd te worden', unconfirmed: true },
      { text: 'risico op deactivering van je account', unconfirmed: true },
    ],
    'verification-required': [
      { text: 'verifieer je identiteit', unconfirmed: true },
      { text: 'identiteitsverificatie vereist', unconfirmed: true },
      { text: 'bevestig je identiteit', unconfirmed: true },
    ],
  },
  notAccountState: [
    'als je verkoopaccount is gedeactiveerd',
    'als uw verkopersaccount is gedeactiveerd',
    'productvermelding is gedeactiveerd',
  ],
  accountHealthRating: {
    labels: [
      { text: 'Beoordeling accountstatus', unconfirmed: true },
      { text: 'Accountstatusbeoordeling', unconfirmed: true },
    ],
    healthy: [
      { text: 'Goed', unconfirmed: true },
      { text: 'Gezond', unconfirmed: true },
    ],
    atRisk: [
      { text: 'Loopt risico', unconfirmed: true },
      { text: 'Risico', unconfirmed: true },
    ],
    critical: [
      { text: 'Kritiek', unconfirmed: true },
      { text: 'Ongezond', unconfirmed: true },
    ],
  },
};
