/**
 * The cancel rule from seed 004 and docs/DOM-CONTRACT.md for `data-scc-cancel-eligibility`,
 * written out independently of the implementation so the tests can hold it to the rule.
 */
import type { CancelEligibility } from '@/lib/removal/eligibility';
import type { NormalizedStatus } from '@/lib/removal/vocabulary';

export const EXPECTED_ELIGIBILITY: Readonly<Record<NormalizedStatus, CancelEligibility>> = {
  planning: 'cancellable',
  pending: 'cancellable',
  processing: 'cancellable-unconfirmed',
  'in-process': 'cancellable-unconfirmed',
  completed: 'not-cancellable',
  cancelled: 'not-cancellable',
  shipped: 'not-cancellable',
};
