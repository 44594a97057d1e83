/**
 * Swedish account-state wording (sellercentral.amazon.se).
 * Source: Seller Central help in sv_SE ("Om ditt säljarkonto har inaktiverats", "avaktiverat
 * säljkonto", "försäljningsprivilegier", "Verifiering av din identitet krävs", and "Kontostatus" as
 * the name of the Account Health page).
 * Unconfirmed: everything else, that is the hold, review and at-risk wording, most deactivation
 * variants and every Account Health Rating word (no Swedish banner could be quoted).
 */
import type { PhraseTable } from './types';

export const sv: PhraseTable = {
  language: 'sv',
  source: 'Seller Central help (sv_SE); Swedish banner wording otherwise our own translation',
  states: {
    deactivated: [
      'säljarkonto har inaktiverats',
      { text: 'säljkonto har inaktiverats', unconfirmed: true },
      { text: 'ditt konto har inaktiverats', unconfirmed: true },
      { text: 'ditt säljarkonto har avaktiverats', unconfirmed: true },
      { text: 'dina försäljningsprivilegier har tagits bort', unconfirmed: true },
      { text: 'ditt säljarkonto har stängts av', unconfirmed: true },
    ],
    'on-hold': [
      { text: 'utbetalningar har pausats', unconfirmed: true },
      { text: 'utbetalningarna har stoppats', unconfirmed: true },
      { text: 'tillfälligt stoppat utbetalningar', unconfirmed: true },
      { text: 'pengar överförs inte till dig', unconfirmed: true },
      { text: 'ditt saldo har spärrats', unconfirmed: true },
      { text: 'ditt säljarkonto har pausats', unconfirmed: true },
    ],
    'under-review': [
      { text: 'ditt konto granskas', unconfirmed: true },
      { text: 'ditt säljarkonto granskas', unconfirmed: true },
      { text: 'vi granskar ditt säljarkonto', unconfirmed: true },
      { text: 'ditt konto är under granskning', unconfirmed: true },
    ],
    'at-risk': [
      { text: 'konto riskerar att inaktiveras', unconfirmed: true },
      { text: 'konto riskerar att avaktiveras', unconfirmed: true },
      { text: 'konto riskerar att stängas av', unconfirmed: true },
    ],
    'verification-required': [
      'verifiering av din identitet krävs',
      { text: 'verifiera din identitet', unconfirmed: true },
      { text: 'bekräfta din identitet', unconfirmed: true },
      { text: 'identitetsverifiering krävs', unconfirmed: true },
    ],
  },
  notAccountState: [
    'om ditt säljarkonto har inaktiverats',
    'om ditt konto har inaktiverats',
    'om ditt konto granskas',
    'produktposten har inaktiverats',
    'produktposterna har inaktiverats',
  ],
  accountHealthRating: {
    labels: [
      { text: 'Kontostatusbetyg', unconfirmed: true },
      { text: 'Betyg för kontostatus', unconfirmed: true },
      { text: 'Kontohälsobetyg', unconfirmed: true },
    ],
    healthy: [
      { text: 'Bra', unconfirmed: true },
      { text: 'Hälsosamt', unconfirmed: true },
    ],
    atRisk: [
      { text: 'I riskzonen', unconfirmed: true },
      { text: 'Risk', unconfirmed: true },
    ],
    critical: [
      { text: 'Kritiskt', unconfirmed: true },
      { text: 'Kritisk', unconfirmed: true },
      { text: 'Ohälsosamt', unconfirmed: true },
    ],
  },
};
