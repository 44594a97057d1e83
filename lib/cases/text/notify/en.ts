import type { NotifyText } from '../types';

function ago(hours: number): string {
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

export const enNotify: NotifyText = {
  notificationTitle: (id, marketplace) => `Follow up on case ${id} (${marketplace})`,
  notificationBody: (hours) =>
    `Your last message was sent ${ago(hours)} ago. Open the case, or snooze this reminder for 24 hours.`,
  notificationButtons: { open: 'Open case', snooze: 'Snooze 24 h' },
  capture: {
    save: 'Save case',
    saved: 'Case saved',
    failed: 'Not saved. Reload the page and try again.',
  },
};
