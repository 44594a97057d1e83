/**
 * French account-state wording (sellercentral.amazon.fr, .com.be).
 * Source: "Votre compte vendeur a été désactivé" as French sellers quote the notice; Amazon's
 * reserve notice ("la révision de votre compte se poursuit", "sera placée en réserve") as quoted on a
 * translators' site.
 * Unconfirmed: the hold, review, at-risk and verification headlines and every Account Health
 * Rating word (our own translation of the English notices).
 */
import type { PhraseTable } from './types';

export const fr: PhraseTable = {
  language: 'fr',
  source: 'French notices quoted by sellers; Amazon reserve notice; the rest our own translation',
  states: {
    deactivated: [
      'votre compte vendeur a été désactivé',
      { text: 'votre compte a été désactivé', unconfirmed: true },
      { text: 'vos privilèges de vente ont été supprimés', unconfirmed: true },
      { text: 'vos privilèges de vente ont été retirés', unconfirmed: true },
      { text: 'compte vendeur a été suspendu', unconfirmed: true },
    ],
    'on-hold': [
      'sera placée en réserve',
      { text: 'vos versements sont suspendus', unconfirmed: true },
      { text: 'retenue sur vos versements', unconfirmed: true },
      { text: 'les fonds ne vous seront pas versés', unconfirmed: true },
      { text: 'vos fonds sont bloqués', unconfirmed: true },
    ],
    'under-review': [
      'la révision de votre compte se poursuit',
      { text: "votre compte est en cours d'examen", unconfirmed: true },
      { text: 'votre compte est en cours de vérification', unconfirmed: true },
      { text: 'nous examinons votre compte', unconfirmed: true },
    ],
    'at-risk': [
      { text: "votre compte risque d'être désactivé", unconfirmed: true },
      { text: 'risque de désactivation de votre compte', unconfirmed: true },
    ],
    'verification-required': [
      { text: 'vérifiez votre identité', unconfirmed: true },
      { text: 'vérifier votre identité', unconfirmed: true },
      { text: "vérification d'identité requise", unconfirmed: true },
      { text: 'confirmer votre identité', unconfirmed: true },
    ],
  },
  notAccountState: [
    'si votre compte vendeur a été désactivé',
    'si votre compte a été désactivé',
    "si votre compte est en cours d'examen",
    'offre a été désactivée',
    'offres ont été désactivées',
  ],
  accountHealthRating: {
    labels: [
      { text: 'Évaluation de la santé du compte', unconfirmed: true },
      { text: 'Note de santé du compte', unconfirmed: true },
    ],
    healthy: [
      { text: 'Bonne', unconfirmed: true },
      { text: 'Bon', unconfirmed: true },
      { text: 'Sain', unconfirmed: true },
    ],
    atRisk: [
      { text: 'À risque', unconfirmed: true },
      { text: 'Risque', unconfirmed: true },
    ],
    critical: [
      { text: 'Critique', unconfirmed: true },
      { text: 'Mauvaise', unconfirmed: true },
    ],
  },
};
