import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'it',
  days: [
    'entro {n} giorn*',
    'entro i prossimi {n} giorn*',
    'nei prossimi {n} giorn*',
    'tra {n} giorn*',
    'fra {n} giorn*',
    'termine di {n} giorn*',
  ],
  hours: [
    'entro {n} or*',
    'entro le prossime {n} or*',
    'nelle prossime {n} or*',
    'tra {n} or*',
    'fra {n} or*',
    'termine di {n} or*',
  ],
};
