import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'pl',
  days: [
    'w ciągu {n} dni',
    'w ciągu {n} dnia',
    'w ciągu najbliższych {n} dni',
    'w terminie {n} dni',
    'w terminie {n} dnia',
    'za {n} dni',
    'w okresie {n} dni',
  ],
  hours: ['w ciągu {n} godzin*', 'w ciągu najbliższych {n} godzin*', 'w terminie {n} godzin*', 'za {n} godzin*'],
};
