import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'es',
  days: [
    'en un plazo de {n} día*',
    'plazo de {n} día*',
    'dentro de {n} día*',
    'dentro de los próximos {n} día*',
    'en los próximos {n} día*',
    'en {n} día*',
  ],
  hours: [
    'en un plazo de {n} hora*',
    'plazo de {n} hora*',
    'dentro de {n} hora*',
    'en las próximas {n} hora*',
    'en {n} hora*',
  ],
};
