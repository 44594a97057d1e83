import { svNotify } from './notify/sv';
import type { CaseText } from './types';

export const sv: CaseText = {
  ...svNotify,
  locale: 'sv',
  topics: {
    'account-hold': 'Kontot spärrat',
    deactivation: 'Avaktivering',
    'under-review': 'Under granskning',
    verification: 'Verifiering',
    'removal-order': 'Borttagningsorder',
    listing: 'Produktannons',
    other: 'Övrigt',
  },
  statuses: {
    open: 'Väntar på Amazon',
    answered: 'Amazon har svarat',
    'needs-attention': 'Kräver din åtgärd',
    resolved: 'Löst',
  },
  followUpStates: {
    overdue: 'Uppföljning försenad',
    due: 'Följ upp nu',
    'due-soon': 'Uppföljning snart',
    waiting: 'Väntar på svar',
    none: 'Ingen uppföljning',
  },
  directions: { sent: 'Skickat', received: 'Mottaget' },
  channels: { 'case-log': 'Ärendelogg', email: 'E-post', phone: 'Telefon', chat: 'Chatt', other: 'Annat' },
  idProblems: {
    empty: 'Klistra in ett ärende-ID, en länk till ärendet eller ärendets sammanfattning.',
    'non-digit': 'Ett ärende-ID består bara av siffror, till exempel 20424098481.',
    'too-short': 'Ett ärende-ID har minst 6 siffror.',
    'too-long': 'Ett ärende-ID har högst 15 siffror.',
    'several-ids': 'Texten innehåller mer än ett ärende-ID. Välj det som ska sparas.',
    'unusual-length': 'Ärende-ID har oftast 11 siffror. Kontrollera att detta är komplett.',
  },
  followUpIn: (when) => `Följ upp ${when}`,
  followUpOverdue: (when) => `Uppföljningen är försenad: den skulle ske ${when}`,
  followUpReference: (id, sentOn) =>
    sentOn
      ? `Ärende-ID ${id}: Jag följer upp mitt meddelande från ${sentOn}. Kan ni berätta hur ärendet ligger till nu?`
      : `Ärende-ID ${id}: Jag följer upp detta ärende. Kan ni berätta hur det ligger till nu?`,
};
