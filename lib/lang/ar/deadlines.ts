import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'ar',
  days: ['خلال {n} يوم*', 'خلال {n} أيام', 'في غضون {n} يوم*', 'في غضون {n} أيام', 'بعد {n} يوم*', 'بعد {n} أيام'],
  hours: ['خلال {n} ساع*', 'في غضون {n} ساع*', 'بعد {n} ساع*'],
};
