/**
 * Spanish account-state wording (sellercentral.amazon.es, .com.mx).
 * Source: "Su cuenta de Amazon ha sido desactivada" as Spanish sellers quote the notice; Seller
 * Central help in es_ES on account reviews ("tu cuenta de vendedor en revisión", "permisos de venta").
 * Unconfirmed: the hold, at-risk and verification wording, the other deactivation and review
 * variants and every Account Health Rating word (our own translation of the English notices).
 */
import type { PhraseTable } from './types';

export const es: PhraseTable = {
  language: 'es',
  source: 'Spanish notices quoted by sellers; Seller Central help (es_ES); the rest our own translation',
  states: {
    deactivated: [
      'cuenta de amazon ha sido desactivada',
      { text: 'cuenta de vendedor ha sido desactivada', unconfirmed: true },
      { text: 'tu cuenta ha sido desactivada', unconfirmed: true },
      { text: 'cuenta de vendedor se ha desactivado', unconfirmed: true },
      { text: 'tus permisos de venta han sido retirados', unconfirmed: true },
    ],
    'on-hold': [
      { text: 'tus desembolsos están retenidos', unconfirmed: true },
      { text: 'los fondos no se te transferirán', unconfirmed: true },
      { text: 'hemos retenido los fondos', unconfirmed: true },
      { text: 'tus pagos están en espera', unconfirmed: true },
    ],
    'under-review': [
      { text: 'tu cuenta está en revisión', unconfirmed: true },
      { text: 'tu cuenta de vendedor está en revisión', unconfirmed: true },
      { text: 'hemos puesto tu cuenta de vendedor en revisión', unconfirmed: true },
    ],
    'at-risk': [
      { text: 'tu cuenta está en riesgo de desactivación', unconfirmed: true },
      { text: 'cuenta está en riesgo de ser desactivada', unconfirmed: true },
    ],
    'verification-required': [
      { text: 'verifica tu identidad', unconfirmed: true },
      { text: 'verificar tu identidad', unconfirmed: true },
      { text: 'verificación de identidad requerida', unconfirmed: true },
      { text: 'confirma tu identidad', unconfirmed: true },
    ],
  },
  notAccountState: [
    'si tu cuenta de vendedor ha sido desactivada',
    'si tu cuenta ha sido desactivada',
    'si tu cuenta está en revisión',
    'oferta ha sido desactivada',
    'ofertas han sido desactivadas',
  ],
  accountHealthRating: {
    labels: [
      { text: 'Calificación del estado de la cuenta', unconfirmed: true },
      { text: 'Índice de estado de la cuenta', unconfirmed: true },
    ],
    healthy: [
      { text: 'Bueno', unconfirmed: true },
      { text: 'Saludable', unconfirmed: true },
    ],
    atRisk: [{ text: 'En riesgo', unconfirmed: true }],
    critical: [
      { text: 'Crítico', unconfirmed: true },
      { text: 'No saludable', unconfirmed: true },
    ],
  },
};
