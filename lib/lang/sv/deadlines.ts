import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'sv',
  days: [
    'inom {n} dag*',
    'inom de närmaste {n} dag*',
    'inom de kommande {n} dag*',
    'om {n} dag*',
    'senast {n} dag*',
    '{n} dag* från',
  ],
  hours: [
    'inom {n} timm*',
    'inom de närmaste {n} timm*',
    'inom de kommande {n} timm*',
    'om {n} timm*',
    'senast {n} timm*',
  ],
};
