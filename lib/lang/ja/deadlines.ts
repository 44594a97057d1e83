import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'ja',
  days: ['{n}日以内', '{n}日間以内', '{n}日間のうち', '{n}日後', '{n}日間で'],
  hours: ['{n}時間以内', '{n}時間後', '{n}時間のうち'],
};
