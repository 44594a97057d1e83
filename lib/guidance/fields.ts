/**
 * The fields of the overlay card, as lists: the overlay reads each from messages.json
 * (`overlay_<field>`, `overlay_<state>_<field>`) and the validator checks each, so both see the
 * same fields.
 */
import type { CardLabels, StateFacts } from './types';

export const CARD_LABEL_FIELDS = [
  'whatItMeans',
  'selling',
  'listings',
  'funds',
  'fba',
  'fbm',
  'nextSteps',
  'dismiss',
  'collapse',
  'expand',
  'region',
  'notAffiliated',
  'pageSays',
  'deadline',
] as const satisfies ReadonlyArray<keyof CardLabels>;

export const STATE_FACT_FIELDS = ['selling', 'listings', 'funds', 'fba', 'fbm'] as const satisfies ReadonlyArray<
  keyof StateFacts
>;
