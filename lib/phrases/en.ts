/**
 * English account-state wording.
 * Source: Amazon's own notices as sellers quote them in public forums (deactivation, funds-hold and
 * review e-mails, which Seller Central repeats in its Account Health banner), and Seller Central
 * help pages on account health, the Account Health Rating and seller-fulfilled account reviews.
 * Unconfirmed (our own phrasing of a notice type we could not quote): the short headline forms
 * ("account under review", "verification required", "complete identity verification"), the
 * "disbursements have been suspended" variant and the old "Fair"/"Poor" rating words.
 */
import type { PhraseTable } from './types';

export const en: PhraseTable = {
  language: 'en',
  source: 'Amazon deactivation, hold and review notices quoted by sellers; Seller Central help (en_US, en_GB)',
  states: {
    deactivated: [
      'seller account has been deactivated',
      'seller account has been permanently deactivated',
      'seller account has been temporarily deactivated',
      'selling account has been deactivated',
      'your account has been deactivated',
      'selling privileges have been deactivated',
      'selling privileges have been removed',
      'we have removed your selling privileges',
      'selling privileges have been suspended',
      'your account will remain deactivated',
    ],
    'on-hold': [
      'your account is on hold',
      'seller account is on hold',
      'account has been placed on hold',
      'placed a hold on your disbursements',
      'placed a temporary hold on any funds',
      'funds are on hold',
      'disbursements are on hold',
      'funds will not be transferred to you',
      'a reserve has been applied to your account',
      { text: 'disbursements have been suspended', unconfirmed: true },
    ],
    'under-review': [
      'account is under review',
      'account has been placed under review',
      'conducting a review of your selling account',
      'expedite the review of your selling account',
      { text: 'account under review', unconfirmed: true },
    ],
    'at-risk': [
      'account is at risk of deactivation',
      'account is at risk of being deactivated',
      { text: 'at risk of losing your selling privileges', unconfirmed: true },
    ],
    'verification-required': [
      'verify your identity',
      { text: 'verification required', unconfirmed: true },
      { text: 'complete identity verification', unconfirmed: true },
      { text: 'confirm your identity', unconfirmed: true },
    ],
  },
  notAccountState: [
    'listing has been deactivated',
    'listings have been deactivated',
    'listings have been temporarily deactivated',
    'if your account has been deactivated',
    'if your seller account has been deactivated',
    'if your selling account has been deactivated',
    'if your selling privileges have been removed',
    'if your account is under review',
    'if your selling account is under review',
    'if an account is under review',
    'if your account is on hold',
    'if your account is at risk of deactivation',
  ],
  accountHealthRating: {
    labels: ['Account Health Rating'],
    healthy: ['Healthy', 'Good'],
    atRisk: ['At Risk', { text: 'Fair', unconfirmed: true }],
    critical: ['Critical', 'Unhealthy', { text: 'Poor', unconfirmed: true }],
  },
};
