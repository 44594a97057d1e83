/**
 * Shapes of the account-state phrase tables (one data file per Seller Central language).
 * Types and tiny helpers only: the content script imports this, so it stays import-free.
 */

/** Union in the order DESIGN lists the states; use STATES_BY_SEVERITY for ranking. */
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

/** Severity of a phrase match; the Account Health Rating can raise at-risk to critical (0-99). */
export const STATE_SEVERITY: Readonly<Record<AccountState, Severity>> = {
  deactivated: 'critical',
  'on-hold': 'critical',
  'verification-required': 'high',
  'under-review': 'high',
  'at-risk': 'warning',
};

export const PHRASE_LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'sv', 'ja'] as const;
export type PhraseLanguage = (typeof PHRASE_LANGUAGES)[number];

/**
 * A phrase is plain text, matched by containment after normalization (never a regex).
 * `unconfirmed` marks wording we have not seen on a real Seller Central page, notice or help
 * article: it is our best translation and the first thing to fix when a seller reports a miss.
 */
export type PhraseEntry = string | { readonly text: string; readonly unconfirmed: true };

/** Words around the Account Health Rating (0-1000) in one language. */
export interface AhrWords {
  /** The widget's label, e.g. "Account Health Rating". The acronym "AHR" is handled language-neutrally. */
  readonly labels: readonly PhraseEntry[];
  readonly healthy: readonly PhraseEntry[];
  readonly atRisk: readonly PhraseEntry[];
  /** Red band: Amazon has called it "Critical", "Unhealthy" and, earlier, "Poor". */
  readonly critical: readonly PhraseEntry[];
}

export interface PhraseTable {
  readonly language: PhraseLanguage;
  /** Where the wording comes from, in one sentence (the file's header comment says more). */
  readonly source: string;
  /** Text that, when found inside an alert, says the account is in this state. */
  readonly states: Readonly<Record<AccountState, readonly PhraseEntry[]>>;
  /**
   * Longer wording that CONTAINS alarming words but is not about the account's current state:
   * listing-level notices, conditionals from explanations ("if your account has been deactivated"),
   * lifted holds. A match lying wholly inside one of these is ignored. This also guards the short
   * phrases sellers add themselves ("has been deactivated" inside "this listing has been deactivated").
   */
  readonly notAccountState: readonly PhraseEntry[];
  readonly accountHealthRating: AhrWords;
}

export function phraseText(entry: PhraseEntry): string {
  return typeof entry === 'string' ? entry : entry.text;
}

export function isUnconfirmed(entry: PhraseEntry): boolean {
  return typeof entry !== 'string';
}

export function stateRank(state: AccountState): number {
  return STATES_BY_SEVERITY.indexOf(state);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES_BY_RANK.indexOf(severity);
}
