import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'de',
  days: [
    'innerhalb von {n} tag*',
    'innerhalb {n} tag*',
    'binnen {n} tag*',
    'in {n} tag*',
    'nächsten {n} tag*',
    '{n} tag* ab heute',
    '{n} tag* nach',
    'frist von {n} tag*',
  ],
  hours: [
    'innerhalb von {n} stunde*',
    'innerhalb {n} stunde*',
    'binnen {n} stunde*',
    'in {n} stunde*',
    'nächsten {n} stunde*',
    'frist von {n} stunde*',
  ],
};
