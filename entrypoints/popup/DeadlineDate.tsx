import type { LastKnownState } from '@/lib/account-state/schemas';
import type { DeadlineView } from './deadlines';

/** Per marketplace, the deadline its current state came with. */
export type DeadlineViews = ReadonlyMap<string, DeadlineView>;

/**
 * The deadlines of marketplaces in a state, from a chunk of their own (deadlines.ts), read again
 * when the states change. Only a marketplace with a state can have one: the popup of a healthy
 * seller never loads their code.
 */
export const loadDeadlineViews = async (language: string, states: readonly LastKnownState[] | undefined) =>
  states?.some((record) => record.state)
    ? (await import('./deadlines')).readDeadlineViews(language, states, Date.now())
    : undefined;

/** "Dec 24, 2026 (in 17 days)": the day a notice asks the seller to act by, and the days left. */
export function DeadlineDate({ deadline }: { readonly deadline: DeadlineView }) {
  return (
    <span data-days-left={deadline.daysLeft}>
      <time dateTime={deadline.due}>{deadline.date}</time> ({deadline.left})
    </span>
  );
}
