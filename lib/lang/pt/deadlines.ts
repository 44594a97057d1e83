import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const deadlines: DeadlineWords = {
  language: 'pt',
  days: [
    'no prazo de {n} dia*',
    'prazo de {n} dia*',
    'dentro de {n} dia*',
    'em até {n} dia*',
    'nos próximos {n} dia*',
    'em {n} dia*',
  ],
  hours: [
    'no prazo de {n} hora*',
    'prazo de {n} hora*',
    'dentro de {n} hora*',
    'em até {n} hora*',
    'nas próximas {n} hora*',
    'em {n} hora*',
  ],
};
