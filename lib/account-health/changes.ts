/**
 * Changes for the worse, said once (issue #18): a marketplace entering a state or a more severe
 * one, the Account Health Rating falling below 200 (at risk) or 100 (critical), and the count
 * under a policy on Account Health going up. Kept as a
 * short list the popup shows as "since your last visit"; the badge counts what is unseen.
 */
import * as z from 'zod/mini';
import { stateSchema } from '@/lib/account-state/schemas';
import { type AccountState, stateRank } from '@/lib/account-state/states';
import { keepUnknown } from '@/lib/keep-unknown';

/** The rating's thresholds, lowest first: below 100 is critical, below 200 at risk. */
export const RATING_THRESHOLDS = [100, 200] as const;
export type RatingThreshold = (typeof RATING_THRESHOLDS)[number];

/** Enough for every marketplace to change twice; older changes have been seen or notified. */
export const CHANGES_KEPT = 60;

export const accountChangeSchema = keepUnknown({
  marketplace: z.string(),
  at: z.number(),
  /** A state change: the state entered. */
  state: z.optional(stateSchema),
  /** A rating change: the threshold it fell below, and the rating read. */
  threshold: z.optional(z.union([z.literal(100), z.literal(200)])),
  rating: z.optional(z.int()),
  /** A policy's count going up: the policy as the page named it, and its count before and now. */
  policy: z.optional(z.string()),
  from: z.optional(z.int()),
  to: z.optional(z.int()),
});
export type AccountChange = z.infer<typeof accountChangeSchema>;

/** Entering a state, or a more severe one; a milder state or healthy is not news for the worse. */
export function isWorseState(previous: AccountState | null, next: AccountState | null): boolean {
  return next !== null && (previous === null || stateRank(next) < stateRank(previous));
}

/** The lowest threshold the rating fell below since the last reading, if any. */
export function thresholdCrossed(previous: number | null, next: number | null): RatingThreshold | null {
  if (previous === null || next === null) return null;
  return RATING_THRESHOLDS.find((threshold) => previous >= threshold && next < threshold) ?? null;
}

/** The list with a new change, newest last, the oldest dropped past CHANGES_KEPT. */
export function withChange(changes: readonly AccountChange[], change: AccountChange): AccountChange[] {
  return [...changes, change].slice(-CHANGES_KEPT);
}

export type ChangeKind = 'state' | 'rating' | 'policy';

export const kindOfChange = (change: AccountChange): ChangeKind =>
  change.state ? 'state' : change.policy !== undefined ? 'policy' : 'rating';

/** What a change is, for the page's tests and styles: the state entered, `rating-below-200`, `policy-rise`. */
export const changeTag = (change: AccountChange): string =>
  change.state ?? (change.policy !== undefined ? 'policy-rise' : `rating-below-${change.threshold}`);

/**
 * Whether a change of this kind becomes a system notification, with the defaults applied: on for
 * a new state; off for the rating's moves (it moves often) and for a policy count going up (the
 * policy list is read by the page's structure, which pages written apart from the reader show it
 * does not yet read reliably: test/unit/account-health/health-lists.test.ts). The popup and the
 * badge say them all either way.
 */
export const notifiesOf = (
  settings: {
    readonly notifyNewStates?: boolean;
    readonly notifyRatingDrops?: boolean;
    readonly notifyPolicyRises?: boolean;
  },
  kind: ChangeKind,
): boolean =>
  kind === 'state'
    ? (settings.notifyNewStates ?? true)
    : kind === 'policy'
      ? (settings.notifyPolicyRises ?? false)
      : (settings.notifyRatingDrops ?? false);

/** Changes the seller has not seen: newer than their last look at the popup. */
export const unseenChanges = (changes: readonly AccountChange[], seenAt: number) =>
  changes.filter((change) => change.at > seenAt);
