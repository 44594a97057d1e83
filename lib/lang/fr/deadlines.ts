import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'fr',
  days: [
    'dans les {n} jour*',
    'dans un délai de {n} jour*',
    'sous {n} jour*',
    "d'ici {n} jour*",
    'dans {n} jour*',
    'prochains {n} jour*',
    '{n} jour* à compter',
    '{n} jour* à partir',
  ],
  hours: [
    'dans les {n} heure*',
    'dans un délai de {n} heure*',
    'sous {n} heure*',
    "d'ici {n} heure*",
    'dans {n} heure*',
    'prochaines {n} heure*',
  ],
};
