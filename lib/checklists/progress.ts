/**
 * Checklist progress as it is kept in sync storage: the ids of ticked items with the time each
 * was ticked (epoch ms). Pure functions; every change returns a new value.
 *
 * Ids the current definition no longer has (stored by an older version) are kept, so a
 * rename or rollback loses nothing, but they never count towards the percentage.
 */
import type { ChecklistDefinition } from './types';

export interface ChecklistProgress {
  readonly done: Readonly<Record<string, number>>;
}

export const EMPTY_PROGRESS: ChecklistProgress = { done: {} };

export function isDone(progress: ChecklistProgress, itemId: string): boolean {
  return Object.hasOwn(progress.done, itemId);
}

/** When the item was ticked, or null while it is open. */
export function doneAt(progress: ChecklistProgress, itemId: string): number | null {
  return Object.hasOwn(progress.done, itemId) ? (progress.done[itemId] ?? null) : null;
}

export function setDone(progress: ChecklistProgress, itemId: string, done: boolean, now: number): ChecklistProgress {
  if (done === isDone(progress, itemId)) return progress;
  // Spread first: fields a newer version stored beside `done` ride along (lib/keep-unknown.ts).
  if (done) return { ...progress, done: { ...progress.done, [itemId]: Math.max(0, Math.floor(now)) } };
  const { [itemId]: _removed, ...rest } = progress.done;
  return { ...progress, done: rest };
}

export function toggleItem(progress: ChecklistProgress, itemId: string, now: number): ChecklistProgress {
  return setDone(progress, itemId, !isDone(progress, itemId), now);
}

/**
 * Reset clears every tick, old ids included: the seller asked for a clean slate. Fields a newer
 * version keeps beside the ticks are not ticks, so they stay.
 */
export function resetProgress(progress: ChecklistProgress = EMPTY_PROGRESS): ChecklistProgress {
  return { ...progress, done: {} };
}

export interface ProgressCount {
  readonly done: number;
  readonly total: number;
}

export function countProgress(progress: ChecklistProgress, definition: ChecklistDefinition): ProgressCount {
  const done = definition.items.filter((item) => isDone(progress, item.id)).length;
  return { done, total: definition.items.length };
}

/** Whole percent, rounded down so 100 means every item is really done. */
export function progressPercent(progress: ChecklistProgress, definition: ChecklistDefinition): number {
  const { done, total } = countProgress(progress, definition);
  return total === 0 ? 0 : Math.floor((done * 100) / total);
}

export function isComplete(progress: ChecklistProgress, definition: ChecklistDefinition): boolean {
  const { done, total } = countProgress(progress, definition);
  return total > 0 && done === total;
}

/** Ids kept from an older definition: stored, shown nowhere, counted nowhere. */
export function unknownItemIds(progress: ChecklistProgress, definition: ChecklistDefinition): string[] {
  const known = new Set(definition.items.map((item) => item.id));
  return Object.keys(progress.done).filter((id) => !known.has(id));
}
