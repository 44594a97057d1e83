import type { NotifyText } from '../types';

/** Dative after "vor": "vor 30 Stunden", "vor 3 Tagen". */
function ago(hours: number): string {
  if (hours < 48) return hours === 1 ? 'einer Stunde' : `${hours} Stunden`;
  return `${Math.floor(hours / 24)} Tagen`;
}

export const deNotify: NotifyText = {
  notificationTitle: (id, marketplace) => `Fall ${id} nachfassen (${marketplace})`,
  notificationBody: (hours) =>
    `Ihre letzte Nachricht wurde vor ${ago(hours)} gesendet. Öffnen Sie den Fall oder verschieben Sie die Erinnerung um 24 Stunden.`,
  notificationButtons: { open: 'Fall öffnen', snooze: 'Um 24 h verschieben' },
  capture: {
    save: 'Fall speichern',
    saved: 'Fall gespeichert',
    failed: 'Nicht gespeichert. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  },
};
