import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'tr',
  days: ['{n} gün içinde', '{n} gün içerisinde', '{n} günlük süre', '{n} gün sonra', '{n} gün zarfında'],
  hours: ['{n} saat içinde', '{n} saat içerisinde', '{n} saatlik süre', '{n} saat sonra', '{n} saat zarfında'],
};
