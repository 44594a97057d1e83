/**
 * Polish account-state wording (sellercentral.amazon.pl).
 * Source: none could be quoted from a real Polish notice or banner; the Polish help page title
 * "Weryfikacja tożsamości sprzedawcy" fixes the verification vocabulary. Every phrase below is our
 * own translation of the English notices and is flagged unconfirmed.
 */
import type { PhraseTable } from './types';

export const pl: PhraseTable = {
  language: 'pl',
  source: 'Our own translation of the English notices; verification vocabulary from Seller Central help (pl_PL)',
  states: {
    deactivated: [
      { text: 'konto sprzedawcy zostało dezaktywowane', unconfirmed: true },
      { text: 'twoje konto zostało dezaktywowane', unconfirmed: true },
      { text: 'konto sprzedawcy zostało zawieszone', unconfirmed: true },
      { text: 'uprawnienia do sprzedaży zostały cofnięte', unconfirmed: true },
    ],
    'on-hold': [
      { text: 'wypłaty zostały wstrzymane', unconfirmed: true },
      { text: 'wstrzymaliśmy wypłaty', unconfirmed: true },
      { text: 'środki zostały zablokowane', unconfirmed: true },
      { text: 'środki nie zostaną przelane', unconfirmed: true },
    ],
    'under-review': [
      { text: 'twoje konto jest sprawdzane', unconfirmed: true },
      { text: 'przeprowadzamy przegląd twojego konta', unconfirmed: true },
      { text: 'konto jest w trakcie przeglądu', unconfirmed: true },
    ],
    'at-risk': [
      { text: 'konto jest zagrożone dezaktywacją', unconfirmed: true },
      { text: 'ryzyko dezaktywacji konta', unconfirmed: true },
    ],
    'verification-required': [
      { text: 'zweryfikuj swoją tożsamość', unconfirmed: true },
      { text: 'wymagana weryfikacja tożsamości', unconfirmed: true },
      { text: 'potwierdź swoją tożsamość', unconfirmed: true },
    ],
  },
  notAccountState: ['jeśli twoje konto zostało dezaktywowane', 'oferta została dezaktywowana'],
  accountHealthRating: {
    labels: [{ text: 'Ocena kondycji konta', unconfirmed: true }],
    healthy: [
      { text: 'Dobra', unconfirmed: true },
      { text: 'Dobry', unconfirmed: true },
    ],
    atRisk: [
      { text: 'Zagrożone', unconfirmed: true },
      { text: 'Zagrożona', unconfirmed: true },
    ],
    critical: [
      { text: 'Krytyczna', unconfirmed: true },
      { text: 'Krytyczny', unconfirmed: true },
    ],
  },
};
