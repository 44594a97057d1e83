import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'en',
  days: [
    'within {n} day*',
    'in {n} day*',
    'next {n} day*',
    '{n} day* from today',
    '{n} day* from the date',
    '{n} day* from receipt',
  ],
  hours: ['within {n} hour*', 'in {n} hour*', 'next {n} hour*', '{n} hour* from'],
};
