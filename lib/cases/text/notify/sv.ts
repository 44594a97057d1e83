import type { NotifyText } from '../types';

function ago(hours: number): string {
  if (hours < 48) return hours === 1 ? '1 timme' : `${hours} timmar`;
  return `${Math.floor(hours / 24)} dagar`;
}

export const svNotify: NotifyText = {
  notificationTitle: (id, marketplace) => `Följ upp ärende ${id} (${marketplace})`,
  notificationBody: (hours) =>
    `Ditt senaste meddelande skickades för ${ago(hours)} sedan. Öppna ärendet eller skjut upp påminnelsen 24 timmar.`,
  notificationButtons: { open: 'Öppna ärende', snooze: 'Skjut upp 24 h' },
  capture: {
    save: 'Spara ärende',
    saved: 'Ärendet är sparat',
    failed: 'Inte sparat. Ladda om sidan och försök igen.',
  },
};
