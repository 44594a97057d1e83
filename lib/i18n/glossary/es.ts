import type { Glossary } from './types';

/**
 * Seller Central's Spanish (amazon.es): the words every Spanish surface uses, and near-synonyms
 * it avoids. Where amazon.com.mx differs (e.g. "orden de retiro", "Notificaciones de desempeño"),
 * the amazon.es word is kept so one concept never has two names here.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: 'orden de retirada',
    forms: '[oó]rden(?:es)? de retirada',
    avoid: [
      'pedidos? de retirada',
      '[oó]rden(?:es)? de retiro',
      '[oó]rden(?:es)? de eliminaci[oó]n',
      'solicitud(?:es)? de retirada',
    ],
  },
  disposal: {
    term: 'eliminación',
    forms: 'elimin[aeó]',
    avoid: ['destru(?:ir|cci[oó]n|ye|yen)', 'desech(?:o|os|ar|ad[oa]s?)'],
  },
  accountHealth: {
    term: 'Estado de la cuenta',
    forms: 'estado de la cuenta',
    avoid: ['salud de la cuenta', 'estado de salud'],
  },
  caseLog: {
    term: 'Registro de casos',
    forms: 'registro de casos',
    avoid: ['historial de casos', 'registro de incidencias'],
  },
  planOfAction: {
    term: 'Plan de acción',
    forms: 'plan(?:es)? de acci[oó]n',
    avoid: ['plan(?:es)? de actuaci[oó]n', 'plan(?:es)? de medidas'],
  },
  performanceNotifications: {
    term: 'Notificaciones de rendimiento',
    forms: 'notificaci(?:ón|ones) de rendimiento',
    avoid: ['notificaciones de desempe[nñ]o', 'notificaciones de performance', 'avisos de rendimiento'],
  },
  deactivation: {
    term: 'desactivación',
    forms: 'desactiv',
    avoid: ['suspensi[oó]n', 'suspendid[ao]s?', 'inhabilitad'],
  },
  onHold: {
    term: 'en espera',
    forms: 'en espera',
    avoid: ['bloque', 'cuentas? (?:retenida|congelada)s?', 'en suspenso'],
  },
  underReview: { term: 'en revisión', forms: 'en revisi[oó]n', avoid: ['bajo revisi[oó]n', 'en examen'] },
  atRisk: { term: 'en riesgo', forms: 'en riesgo', avoid: ['en peligro'] },
  appeal: { term: 'apelación', forms: 'apel[aeo]', avoid: ['recurso', 'recurrir', 'impugna'] },
};
