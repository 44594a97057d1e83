/**
 * Status → cancel eligibility, with a reason key the UI turns into an explanation.
 *
 * The rule (seed 004): a removal order can be cancelled only while its status is Planning,
 * Pending or Processing, and a cancel sent during Processing may arrive after the work began.
 * So every status we recognize outside those three is final for cancelling, while text we
 * cannot recognize stays 'unknown': we never guess.
 *
 * Amazon-initiated removals (required removals) are not the seller's orders to cancel
 * (docs/DOM-CONTRACT.md): when the order's source or type says Amazon started it, the verdict is
 * 'not-cancellable' whatever the status, except that Completed/Cancelled keep their own,
 * more precise reason.
 */
import { isAmazonInitiated, statusOf } from './status-lookup';
import type { NormalizedStatus } from './vocabulary';

export const CANCEL_ELIGIBILITIES = ['cancellable', 'cancellable-unconfirmed', 'not-cancellable', 'unknown'] as const;
export type CancelEligibility = (typeof CANCEL_ELIGIBILITIES)[number];

export const ELIGIBILITY_REASONS = [
  'not-started',
  'processing-may-have-started',
  'already-completed',
  'already-cancelled',
  'already-shipped',
  'amazon-initiated',
  'unrecognized-status',
  'no-status',
] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

export interface CancelVerdict {
  readonly eligibility: CancelEligibility;
  readonly reason: EligibilityReason;
  readonly status: NormalizedStatus | null;
}

const BY_STATUS: Readonly<Record<NormalizedStatus, Omit<CancelVerdict, 'status'>>> = {
  planning: { eligibility: 'cancellable', reason: 'not-started' },
  pending: { eligibility: 'cancellable', reason: 'not-started' },
  processing: { eligibility: 'cancellable-unconfirmed', reason: 'processing-may-have-started' },
  'in-process': { eligibility: 'cancellable-unconfirmed', reason: 'processing-may-have-started' },
  completed: { eligibility: 'not-cancellable', reason: 'already-completed' },
  cancelled: { eligibility: 'not-cancellable', reason: 'already-cancelled' },
  shipped: { eligibility: 'not-cancellable', reason: 'already-shipped' },
};

/** Final statuses explain themselves better than "Amazon started it". */
const FINAL_STATUSES: ReadonlySet<NormalizedStatus> = new Set(['completed', 'cancelled', 'shipped']);

export function verdictForStatus(status: NormalizedStatus | null, amazonInitiated = false): CancelVerdict {
  if (amazonInitiated && !(status && FINAL_STATUSES.has(status))) {
    return { eligibility: 'not-cancellable', reason: 'amazon-initiated', status };
  }
  if (status === null) return { eligibility: 'unknown', reason: 'unrecognized-status', status };
  const { eligibility, reason } = BY_STATUS[status];
  return { eligibility, reason, status };
}

export interface OrderContext {
  /** The order's source (report column order-source, or a page's "Order source"). */
  readonly source?: string | null;
  /** The order's type (Return, Disposal…), which some pages use to say "Required removal". */
  readonly type?: string | null;
}

export function isAmazonInitiatedOrder(context: OrderContext): boolean {
  // Stryker disable next-line StringLiteral: any text that names no Amazon origin reads the same as '' for a missing field
  return isAmazonInitiated(context.source ?? '') || isAmazonInitiated(context.type ?? '');
}

/** Verdict for a status as shown, in any supported language, plus what the order says about its origin. */
export function verdictForText(statusText: string, context: OrderContext = {}): CancelVerdict {
  return verdictForReading(statusText, statusOf(statusText), isAmazonInitiatedOrder(context));
}

/** For callers that already looked the status up: an empty status text is 'no-status', not unrecognized. */
export function verdictForReading(
  statusText: string,
  status: NormalizedStatus | null,
  amazonInitiated: boolean,
): CancelVerdict {
  if (status === null && !amazonInitiated && statusText.trim() === '') {
    return { eligibility: 'unknown', reason: 'no-status', status: null };
  }
  return verdictForStatus(status, amazonInitiated);
}

/** Attention order: what the seller can still act on comes first. */
export const ELIGIBILITY_RANK: Readonly<Record<CancelEligibility, number>> = {
  cancellable: 0,
  'cancellable-unconfirmed': 1,
  unknown: 2,
  'not-cancellable': 3,
};
