import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'zh',
  days: ['{n}天内', '{n}天之内', '{n}日内', '{n}日之内', '{n}天后', '{n}天以内'],
  hours: ['{n}小时内', '{n}小时之内', '{n}小时以内', '{n}小时后'],
};
