import { daNotify } from './notify/da';
import type { CaseText } from './types';

export const da: CaseText = {
  ...daNotify,
  locale: 'da',
  topics: {
    'account-hold': 'Konto på hold',
    deactivation: 'Deaktivering',
    'under-review': 'Under gennemgang',
    verification: 'Verifikation',
    'removal-order': 'Fjernelsesordre',
    listing: 'Produktopslag',
    other: 'Andet',
  },
  statuses: {
    open: 'Venter på Amazon',
    answered: 'Amazon har svaret',
    'needs-attention': 'Kræver din handling',
    resolved: 'Løst',
  },
  followUpStates: {
    overdue: 'Opfølgning forsinket',
    due: 'Følg op nu',
    'due-soon': 'Opfølgning snart',
    waiting: 'Venter på svar',
    none: 'Ingen opfølgning',
  },
  directions: { sent: 'Sendt', received: 'Modtaget' },
  channels: { 'case-log': 'Sagslog', email: 'E-mail', phone: 'Telefon', chat: 'Chat', other: 'Andet' },
  idProblems: {
    empty: 'Indsæt et sags-ID, et link til sagen eller sagens oversigt.',
    'non-digit': 'Et sags-ID består kun af cifre, fx 20424098481.',
    'too-short': 'Et sags-ID har mindst 6 cifre.',
    'too-long': 'Et sags-ID har højst 15 cifre.',
    'several-ids': 'Teksten indeholder mere end ét sags-ID. Vælg det, der skal gemmes.',
    'unusual-length': 'Sags-ID’er har normalt 11 cifre. Tjek, at dette er komplet.',
  },
  followUpIn: (when) => `Følg op ${when}`,
  followUpOverdue: (when) => `Opfølgningen er forsinket: den skulle ske ${when}`,
  followUpReference: (id, sentOn) =>
    sentOn
      ? `Sags-ID ${id}: Jeg følger op på min besked fra ${sentOn}. Vil I fortælle mig, hvor sagen står nu?`
      : `Sags-ID ${id}: Jeg følger op på denne sag. Vil I fortælle mig, hvor den står nu?`,
};
