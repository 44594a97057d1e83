/**
 * Keeps sync writes under chrome.storage.sync's rate limits (120 write operations a minute,
 * 1,800 an hour; one set() or remove() call is one operation however many keys it carries).
 * Pure: the caller keeps the queue and the log of past writes (in session storage, since the
 * service worker may be stopped at any time) and sets a timer or alarm for `flushAt`.
 */

export interface WriteLimits {
  readonly perMinute: number;
  readonly perHour: number;
}

/** Below the browser's limits, leaving room for settings and other features' own sync writes. */
export const CASE_WRITE_LIMITS: WriteLimits = { perMinute: 100, perHour: 1_500 };

/** Edits arriving within this time of the first queued one share a write. */
export const BATCH_DELAY_MS = 1_000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type PendingWrite =
  | { readonly key: string; readonly at: number; readonly remove?: false; readonly value: unknown }
  | { readonly key: string; readonly at: number; readonly remove: true };

export interface WriteBatch {
  /** Last value per key, for one set() call. */
  readonly set: Record<string, unknown>;
  /** Keys whose last queued operation is a removal, for one remove() call. */
  readonly remove: string[];
  /** Write operations the batch costs: 0, 1 or 2. */
  readonly operations: number;
}

/** The queue in order; a later write to a key replaces an earlier one. */
export function coalesceWrites(pending: readonly PendingWrite[]): WriteBatch {
  const last = new Map<string, PendingWrite>();
  for (const write of [...pending].sort((a, b) => a.at - b.at)) {
    last.delete(write.key); // keeps Map order = order of last write
    last.set(write.key, write);
  }
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const write of last.values()) {
    if (write.remove) remove.push(write.key);
    else set[write.key] = write.value;
  }
  const operations = (Object.keys(set).length > 0 ? 1 : 0) + (remove.length > 0 ? 1 : 0);
  return { set, remove, operations };
}

/** Keeps only the writes that still count against a limit. */
export function pruneWriteLog(log: readonly number[], now: number): number[] {
  return log.filter((at) => at > now - HOUR && at <= now).sort((a, b) => a - b);
}

/** The earliest time at or after `now` when `operations` more writes stay within both limits. */
export function nextWriteAt(
  log: readonly number[],
  now: number,
  operations = 1,
  limits: WriteLimits = CASE_WRITE_LIMITS,
): number {
  const recent = pruneWriteLog(log, now);
  let at = now;
  for (const [window, limit] of [
    [MINUTE, limits.perMinute],
    [HOUR, limits.perHour],
  ] as const) {
    const inWindow = recent.filter((t) => t > now - window);
    const excess = inWindow.length + operations - limit;
    if (excess > 0) {
      // The write that must first leave the window before ours fits.
      const leaving = inWindow[excess - 1];
      if (leaving !== undefined) at = Math.max(at, leaving + window);
      else at = Number.POSITIVE_INFINITY; // more operations than the limit allows at once
    }
  }
  return at;
}

export interface FlushPlan {
  readonly batch: WriteBatch;
  /** When to write the batch; equal to `now` means write now. */
  readonly flushAt: number;
}

/**
 * When to write what is queued: after the batching delay (counted from the oldest queued write),
 * and not before the limits allow. Nothing queued gives flushAt = Infinity.
 */
export function planFlush(
  pending: readonly PendingWrite[],
  log: readonly number[],
  now: number,
  limits: WriteLimits = CASE_WRITE_LIMITS,
): FlushPlan {
  const batch = coalesceWrites(pending);
  if (batch.operations === 0) return { batch, flushAt: Number.POSITIVE_INFINITY };
  const oldest = Math.min(...pending.map((write) => write.at));
  const afterDelay = Math.max(now, oldest + BATCH_DELAY_MS);
  return { batch, flushAt: Math.max(afterDelay, nextWriteAt(log, afterDelay, batch.operations, limits)) };
}

/** The log after writing a batch at `at`. */
export function recordWrites(log: readonly number[], at: number, operations: number): number[] {
  return pruneWriteLog([...log, ...Array.from({ length: operations }, () => at)], at);
}
