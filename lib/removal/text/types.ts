/** Shape of the removal guidance copy, one data file per extension UI language. */
import type { CancelEligibility, EligibilityReason } from '../eligibility';
import type { NormalizedStatus } from '../vocabulary';

/** The create-page rules that bite (seed 004), in the order the create flow meets them. */
export const CREATE_RULE_IDS = [
  'return-or-dispose',
  'return-destination',
  'one-order-per-page',
  'cross-border-upload',
  'keep-order-id',
  'fee-per-unit',
  'auto-disposal',
] as const;
export type CreateRuleId = (typeof CREATE_RULE_IDS)[number];

export interface RemovalText {
  /** Short badge text per eligibility. */
  readonly badge: Readonly<Record<CancelEligibility, string>>;
  /** Why the badge says what it says, per reason key. */
  readonly reasons: Readonly<Record<EligibilityReason, string>>;
  readonly cancelStepsTitle: string;
  /** The way to cancel; `{orderId}` is replaced with the order's ID. */
  readonly cancelSteps: readonly string[];
  /** For Processing / In Process: the cancel may arrive after work began. */
  readonly processingCaveat: string;
  readonly createRulesTitle: string;
  readonly createRules: Readonly<Record<CreateRuleId, string>>;
  /** Status names in this UI language, for lists and the quick check. */
  readonly statusNames: Readonly<Record<NormalizedStatus, string>>;
}
