import type { LastKnownState } from '@/lib/account-state/schemas';
import type { DeadlineView } from './deadlines';

/** Per marketplace, the deadline its current state came with. */
export type DeadlineViews = ReadonlyMap<string, DeadlineView>;

// Read after the states are on screen, from a chunk of its own (deadlines.ts). Read again when
// the states change: a deadline comes and goes with its state.
export const loadDeadlineViews = (language: string, states: readonly LastKnownState[]) =>
  import('./deadlines').then((module) => module.readDeadlineViews(language, states, Date.now()));

/** "Dec 24, 2026 (in 17 days)": the day a notice asks the seller to act by, and the days left. */
export function DeadlineDate({ deadline }: { readonly deadline: DeadlineView }) {
  return (
    <span class="deadline" data-days-left={deadline.daysLeft}>
      <time dateTime={deadline.due}>{deadline.date}</time> ({deadline.left})
    </span>
  );
}
