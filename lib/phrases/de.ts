/**
 * German account-state wording (sellercentral.amazon.de, German UI elsewhere in Europe).
 * Source: Seller Central help in de_DE (account reviews: "Wenn Ihr Verkäuferkonto geprüft wird",
 * "Saldo ... vorübergehend eingefroren", "Verkaufsberechtigungen"), the notice subject
 * "Ihre Verkaufsberechtigungen wurden entfernt" as German sellers and lawyers quote it, and
 * "Ihr Amazon Verkäuferkonto wurde deaktiviert" as reported by German seller guides.
 * Unconfirmed: the hold, at-risk and verification wording and every Account Health Rating word
 * (Amazon's German label for the rating could not be quoted; "AHR" itself is matched in any language).
 */
import type { PhraseTable } from './types';

export const de: PhraseTable = {
  language: 'de',
  source: 'Seller Central help (de_DE); German notice subjects quoted by sellers and lawyers',
  states: {
    deactivated: [
      'Verkäuferkonto wurde deaktiviert',
      'Verkaufsberechtigungen wurden entfernt',
      { text: 'Verkaufsberechtigungen wurden deaktiviert', unconfirmed: true },
      { text: 'Verkäuferkonto wurde gesperrt', unconfirmed: true },
      { text: 'Ihr Konto wurde deaktiviert', unconfirmed: true },
      { text: 'Verkäuferkonto wurde dauerhaft deaktiviert', unconfirmed: true },
    ],
    'on-hold': [
      'Saldo auf Ihrem Konto vorübergehend eingefroren',
      { text: 'Auszahlungen werden zurückgehalten', unconfirmed: true },
      { text: 'Auszahlungen wurden ausgesetzt', unconfirmed: true },
      { text: 'Auszahlungen sind gesperrt', unconfirmed: true },
      { text: 'Gelder werden Ihnen nicht überwiesen', unconfirmed: true },
    ],
    'under-review': [
      'Ihr Verkäuferkonto wird geprüft',
      { text: 'Ihr Verkäuferkonto wird überprüft', unconfirmed: true },
      { text: 'Ihr Konto wird überprüft', unconfirmed: true },
      { text: 'überprüfen derzeit Ihr Verkäuferkonto', unconfirmed: true },
    ],
    'at-risk': [
      { text: 'Ihr Konto ist von einer Deaktivierung bedroht', unconfirmed: true },
      { text: 'Konto läuft Gefahr, deaktiviert zu werden', unconfirmed: true },
      { text: 'Ihr Konto ist gefährdet', unconfirmed: true },
    ],
    'verification-required': [
      { text: 'Bestätigen Sie Ihre Identität', unconfirmed: true },
      { text: 'Identität zu verifizieren', unconfirmed: true },
      { text: 'Identität zu bestätigen', unconfirmed: true },
      { text: 'Identitätsprüfung erforderlich', unconfirmed: true },
      { text: 'Verifizierung erforderlich', unconfirmed: true },
    ],
  },
  notAccountState: [
    'Angebot wurde deaktiviert',
    'Angebote wurden deaktiviert',
    'wenn Ihr Verkäuferkonto geprüft wird',
    'wenn Ihr Konto überprüft wird',
    'wenn Ihr Verkäuferkonto geprüft wird, wird der Saldo auf Ihrem Konto vorübergehend eingefroren',
  ],
  accountHealthRating: {
    labels: [
      { text: 'Bewertung des Kontozustands', unconfirmed: true },
      { text: 'Kontozustandsbewertung', unconfirmed: true },
    ],
    healthy: [
      { text: 'Gesund', unconfirmed: true },
      { text: 'Gut', unconfirmed: true },
    ],
    atRisk: [
      { text: 'Gefährdet', unconfirmed: true },
      { text: 'Risiko', unconfirmed: true },
    ],
    critical: [
      { text: 'Kritisch', unconfirmed: true },
      { text: 'Ungesund', unconfirmed: true },
    ],
  },
};
