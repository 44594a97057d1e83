import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'nl',
  days: [
    'binnen {n} dag*',
    'binnen de {n} dag*',
    'binnen de komende {n} dag*',
    'komende {n} dag*',
    'over {n} dag*',
    'in {n} dag*',
    'termijn van {n} dag*',
  ],
  hours: [
    'binnen {n} uur',
    'binnen de komende {n} uur',
    'komende {n} uur',
    'over {n} uur',
    'in {n} uur',
    'termijn van {n} uur',
  ],
};
