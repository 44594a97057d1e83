import { deNotify } from './notify/de';
import type { CaseText } from './types';

export const de: CaseText = {
  ...deNotify,
  locale: 'de',
  topics: {
    'account-hold': 'Konto gesperrt',
    deactivation: 'Deaktivierung',
    'under-review': 'In Prüfung',
    verification: 'Verifizierung',
    'removal-order': 'Remissionsauftrag',
    listing: 'Angebot',
    other: 'Sonstiges',
  },
  statuses: {
    open: 'Wartet auf Amazon',
    answered: 'Amazon hat geantwortet',
    'needs-attention': 'Handlung erforderlich',
    resolved: 'Gelöst',
  },
  followUpStates: {
    overdue: 'Nachfassen überfällig',
    due: 'Jetzt nachfassen',
    'due-soon': 'Bald nachfassen',
    waiting: 'Wartet auf Antwort',
    none: 'Kein Nachfassen',
  },
  directions: { sent: 'Gesendet', received: 'Empfangen' },
  channels: { 'case-log': 'Fallprotokoll', email: 'E-Mail', phone: 'Telefon', chat: 'Chat', other: 'Sonstiges' },
  idProblems: {
    empty: 'Fügen Sie eine Fall-ID, einen Link zum Fall oder die Fallübersicht ein.',
    'non-digit': 'Eine Fall-ID besteht nur aus Ziffern, zum Beispiel 20424098481.',
    'too-short': 'Eine Fall-ID hat mindestens 6 Ziffern.',
    'too-long': 'Eine Fall-ID hat höchstens 15 Ziffern.',
    'several-ids': 'Der Text enthält mehr als eine Fall-ID. Wählen Sie die aus, die gespeichert werden soll.',
    'unusual-length': 'Fall-IDs haben meist 11 Ziffern. Prüfen Sie, ob diese vollständig ist.',
  },
  followUpIn: (when) => `Nachfassen ${when}`,
  followUpOverdue: (when) => `Nachfassen überfällig: es war ${when} fällig`,
  followUpReference: (id, sentOn) =>
    sentOn
      ? `Fall-ID ${id}: Ich komme auf meine Nachricht vom ${sentOn} zurück. Wie ist der aktuelle Stand des Falls?`
      : `Fall-ID ${id}: Ich komme auf diesen Fall zurück. Wie ist der aktuelle Stand?`,
};
