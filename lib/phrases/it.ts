/**
 * Italian account-state wording (sellercentral.amazon.it).
 * Source: Seller Central help in it_IT on seller-fulfilled account reviews ("Perché il mio account
 * è in fase di revisione?", "privilegi di vendita").
 * Unconfirmed: the deactivation, hold, at-risk and verification wording and every Account Health
 * Rating word (our own translation of the English notices).
 */
import type { PhraseTable } from './types';

export const it: PhraseTable = {
  language: 'it',
  source: 'Seller Central help (it_IT); the rest our own translation of the English notices',
  states: {
    deactivated: [
      { text: 'il tuo account venditore è stato disattivato', unconfirmed: true },
      { text: 'il tuo account è stato disattivato', unconfirmed: true },
      { text: 'i tuoi privilegi di vendita sono stati rimossi', unconfirmed: true },
      { text: 'account venditore è stato sospeso', unconfirmed: true },
    ],
    'on-hold': [
      { text: 'i tuoi pagamenti sono stati sospesi', unconfirmed: true },
      { text: 'i fondi non ti verranno trasferiti', unconfirmed: true },
      { text: 'abbiamo trattenuto i fondi', unconfirmed: true },
      { text: 'i tuoi fondi sono bloccati', unconfirmed: true },
    ],
    'under-review': [
      'account è in fase di revisione',
      { text: 'account venditore è stato sottoposto a revisione', unconfirmed: true },
      { text: 'il tuo account è in revisione', unconfirmed: true },
    ],
    'at-risk': [
      { text: 'il tuo account è a rischio di disattivazione', unconfirmed: true },
      { text: 'il tuo account rischia di essere disattivato', unconfirmed: true },
    ],
    'verification-required': [
      { text: 'verifica la tua identità', unconfirmed: true },
      { text: 'verificare la tua identità', unconfirmed: true },
      { text: "verifica dell'identità richiesta", unconfirmed: true },
      { text: 'conferma la tua identità', unconfirmed: true },
    ],
  },
  notAccountState: [
    'se il tuo account è stato disattivato',
    'se il tuo account venditore è stato disattivato',
    'se il tuo account è in fase di revisione',
    "l'offerta è stata disattivata",
    'offerte sono state disattivate',
  ],
  accountHealthRating: {
    labels: [
      { text: "Valutazione dello stato dell'account", unconfirmed: true },
      { text: "Valutazione della salute dell'account", unconfirmed: true },
    ],
    healthy: [
      { text: 'Buono', unconfirmed: true },
      { text: 'Integro', unconfirmed: true },
    ],
    atRisk: [{ text: 'A rischio', unconfirmed: true }],
    critical: [
      { text: 'Critico', unconfirmed: true },
      { text: 'Non integro', unconfirmed: true },
    ],
  },
};
