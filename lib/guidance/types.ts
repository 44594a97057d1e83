/**
 * Copy for the in-page overlay card, per account state and UI language. Short by design: the
 * card sits in a corner of Seller Central and must not cover its own banner.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import type { AccountState } from './account-states';

export interface StateFacts {
  /** Can the seller still sell? */
  readonly selling: string;
  /** Are listings visible to buyers? */
  readonly listings: string;
  /** Are funds or disbursements held? */
  readonly funds: string;
  /** Open orders fulfilled by Amazon. */
  readonly fba: string;
  /** Open orders the seller fulfils. */
  readonly fbm: string;
}

export interface StateGuidance {
  readonly title: string;
  /** One calm sentence: what happened, in plain words. */
  readonly summary: string;
  readonly facts: StateFacts;
  readonly steps: readonly [string, string, string];
  /** Label of the button that opens the matching checklist in the popup. */
  readonly openChecklist: string;
}

/** Fixed words on the card, shared by every state. */
export interface CardLabels {
  readonly whatItMeans: string;
  readonly selling: string;
  readonly listings: string;
  readonly funds: string;
  readonly fba: string;
  readonly fbm: string;
  readonly nextSteps: string;
  readonly dismiss: string;
  readonly collapse: string;
  readonly expand: string;
  /** Accessible name of the card region. */
  readonly region: string;
  readonly notAffiliated: string;
  /** Caption above the notice's own words that led to the reading. */
  readonly pageSays: string;
  /** Label before the day a notice asks the seller to act by. */
  readonly deadline: string;
}

export interface GuidancePack {
  readonly language: UiLanguage;
  readonly labels: CardLabels;
  readonly states: Readonly<Record<AccountState, StateGuidance>>;
}
