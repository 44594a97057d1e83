/**
 * Decides which cases leave the sync area before it fills up. Moving means: write the record
 * to `local:caseRecord:<id>`, then remove `sync:case:<id>`; nothing is deleted. A moved case stays
 * on this device only, so the seller gets a notice naming it.
 */
import type { CaseRecord } from './model';
import { caseSyncName } from './sync-size';

/** chrome.storage.sync's documented limits. */
export const SYNC_QUOTA = {
  totalBytes: 102_400,
  itemBytes: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

export interface SyncQuota {
  readonly totalBytes: number;
  readonly itemBytes: number;
  readonly maxItems: number;
}

/** Start moving at 90 % of bytes or items; stop at 80 %, so the next save does not start it again. */
export const MOVE_THRESHOLD = 0.9;
export const MOVE_TARGET = 0.8;

/** One item of the sync area as chrome.storage.sync names it (no `sync:` prefix), e.g. `case:123`. */
export interface SyncItemSize {
  readonly name: string;
  readonly bytes: number;
}

export interface SyncBudgetPlan {
  readonly usedBytes: number;
  readonly usedItems: number;
  /** The larger of the byte and item ratios, 0..1+. */
  readonly usage: number;
  readonly overThreshold: boolean;
  /** Case ids to move to local, in the order to move them. Empty when under the threshold. */
  readonly moveToLocal: string[];
  readonly after: { readonly bytes: number; readonly items: number; readonly usage: number };
  /** Items over the per-item limit (should never happen for cases; reported, never dropped). */
  readonly oversized: string[];
}

function usageOf(bytes: number, items: number, quota: SyncQuota): number {
  return Math.max(bytes / quota.totalBytes, items / quota.maxItems);
}

/**
 * Resolved cases go first, oldest last contact first; only when that is not enough do open
 * cases follow, again oldest first. Tombstones stay: they carry deletes to other devices.
 */
function moveOrder(cases: readonly CaseRecord[]): CaseRecord[] {
  const age = (a: CaseRecord, b: CaseRecord) =>
    a.lastContactAt - b.lastContactAt || a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const live = cases.filter((c) => !c.deleted);
  return [
    ...live.filter((c) => c.status === 'resolved').sort(age),
    ...live.filter((c) => c.status !== 'resolved').sort(age),
  ];
}

export function planSyncBudget(
  items: readonly SyncItemSize[],
  cases: readonly CaseRecord[],
  quota: SyncQuota = SYNC_QUOTA,
): SyncBudgetPlan {
  const sizes = new Map(items.map((item) => [item.name, item.bytes]));
  const usedBytes = items.reduce((sum, item) => sum + item.bytes, 0);
  const usedItems = items.length;
  const usage = usageOf(usedBytes, usedItems, quota);
  const oversized = items.filter((item) => item.bytes > quota.itemBytes).map((item) => item.name);
  const overThreshold = usage >= MOVE_THRESHOLD;

  let bytes = usedBytes;
  let count = usedItems;
  const moveToLocal: string[] = [];
  if (overThreshold) {
    for (const record of moveOrder(cases)) {
      if (usageOf(bytes, count, quota) < MOVE_TARGET) break;
      const name = caseSyncName(record.id);
      const size = sizes.get(name);
      if (size === undefined) continue; // not in sync (already local)
      // WXT keeps the item's version beside it as `<name>$`; it leaves with the record.
      const meta = sizes.get(`${name}$`);
      bytes -= size + (meta ?? 0);
      count -= meta === undefined ? 1 : 2;
      moveToLocal.push(record.id);
    }
  }
  return {
    usedBytes,
    usedItems,
    usage,
    overThreshold,
    moveToLocal,
    after: { bytes, items: count, usage: usageOf(bytes, count, quota) },
    oversized,
  };
}
