import type { NotifyText } from '../types';

function ago(hours: number): string {
  if (hours < 48) return hours === 1 ? '1 time' : `${hours} timer`;
  return `${Math.floor(hours / 24)} dage`;
}

export const daNotify: NotifyText = {
  notificationTitle: (id, marketplace) => `Følg op på sag ${id} (${marketplace})`,
  notificationBody: (hours) =>
    `Din seneste besked blev sendt for ${ago(hours)} siden. Åbn sagen, eller udskyd påmindelsen i 24 timer.`,
  notificationButtons: { open: 'Åbn sag', snooze: 'Udskyd 24 t' },
  capture: {
    save: 'Gem sag',
    saved: 'Sagen er gemt',
    failed: 'Ikke gemt. Genindlæs siden, og prøv igen.',
  },
};
