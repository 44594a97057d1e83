import type { LastKnownState } from '@/lib/account-state/schemas';
import type { DeadlineView } from './deadlines';

export type DeadlineViews = ReadonlyMap<string, DeadlineView>;

/** The deadline a marketplace's current state came with, if any. */
export function deadlineOf(record: LastKnownState | undefined, all: DeadlineViews | undefined): DeadlineView | null {
  const deadline = record?.state ? all?.get(record.marketplace) : undefined;
  return deadline && deadline.state === record?.state ? deadline : null;
}

// Read after the states are on screen, from a chunk of its own (deadlines.ts).
export const loadDeadlineViews = (language: string) =>
  import('./deadlines').then((module) => module.readDeadlineViews(language, Date.now()));

export function watchDeadlineViews(changed: () => void): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void import('./deadlines').then((module) => {
    if (!stopped) stop = module.watchDeadlines(changed);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/** "Dec 24, 2026 (in 17 days)": the day a notice asks the seller to act by, and the days left. */
export function DeadlineDate({ deadline }: { readonly deadline: DeadlineView }) {
  return (
    <span class={deadline.daysLeft < 0 ? 'deadline overdue' : 'deadline'} data-days-left={deadline.daysLeft}>
      <time dateTime={deadline.due}>{deadline.date}</time> ({deadline.left})
    </span>
  );
}
