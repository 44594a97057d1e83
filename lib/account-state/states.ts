/**
 * The account states detection reports, their severities and how they rank.
 * Types and tiny helpers only: the content script imports this, so it stays import-free.
 */

/** Union in the order docs/DOM-CONTRACT.md lists the states; use STATES_BY_SEVERITY for ranking. */
export type AccountState = 'deactivated' | 'on-hold' | 'under-review' | 'at-risk' | 'verification-required';

/**
 * Most severe first. The order follows what the seller can still do:
 * - deactivated: selling privileges are gone, listings are down and funds are held; only an appeal helps.
 * - on-hold: selling or payouts are stopped now (funds/disbursements held), often the step before a
 *   deactivation, but the account itself is still open.
 * - verification-required: selling stops (or will stop at a deadline) until documents are accepted; the
 *   seller alone can end it, so it outranks a review that Amazon alone decides.
 * - under-review: Amazon is looking at the account; selling usually continues, payouts may be delayed.
 * - at-risk: a warning only (policy violations, Account Health Rating below 200); nothing is blocked yet.
 */
export const STATES_BY_SEVERITY: readonly AccountState[] = [
  'deactivated',
  'on-hold',
  'verification-required',
  'under-review',
  'at-risk',
];

/** How loud the warning is: the badge colour and the overlay's tone come from it. */
export type Severity = 'critical' | 'high' | 'warning';
export const SEVERITIES_BY_RANK: readonly Severity[] = ['critical', 'high', 'warning'];

/** Severity of a worded notice; the Account Health Rating can raise at-risk to critical (0-99). */
export const STATE_SEVERITY: Readonly<Record<AccountState, Severity>> = {
  deactivated: 'critical',
  'on-hold': 'critical',
  'verification-required': 'high',
  'under-review': 'high',
  'at-risk': 'warning',
};

export function stateRank(state: AccountState): number {
  return STATES_BY_SEVERITY.indexOf(state);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES_BY_RANK.indexOf(severity);
}
