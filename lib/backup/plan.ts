/**
 * From a preview and the seller's choices to the writes, plus the exact prior values of
 * every key those writes touch, so the import can be undone once.
 */
import * as z from 'zod/mini';
import { sameData } from '@/lib/canonical-json';
import { type StorageKey, splitKey, syncFallbackKey } from '@/lib/storage/keys';
import type { StorageSnapshot } from '@/lib/storage/snapshot';
import type { ImportPreview, PreviewItem } from './preview';

/** keep: leave the current data (the default); take: use the backup's. Only conflicts are asked. */
export type Resolution = 'keep' | 'take';

export interface PlannedWrite {
  readonly key: StorageKey;
  readonly value: unknown;
  /** The item version; write `{ v: version }` to `<key>$` too (an item's set() does this). */
  readonly version: number;
}

export const IMPORT_UNDO_FORMAT = 'seller-central-companion/import-undo';
export const IMPORT_UNDO_KEY = 'local:importUndo' as const;

const keyStateSchema = z.object({
  key: z.string(),
  existed: z.boolean(),
  value: z.optional(z.unknown()),
});
export type KeyState = z.infer<typeof keyStateSchema>;

export const undoSnapshotSchema = z.object({
  format: z.literal(IMPORT_UNDO_FORMAT),
  createdAt: z.int(),
  /** Every raw key the import may change (value, its `$` version record, the sync fallback), before. */
  before: z.array(keyStateSchema),
  /** What the import writes, to tell whether the data changed again since. */
  after: z.array(z.object({ key: z.string(), value: z.unknown() })),
});
export type UndoSnapshot = z.infer<typeof undoSnapshotSchema>;

export interface ImportPlan {
  readonly writes: readonly PlannedWrite[];
  readonly undo: UndoSnapshot;
}

function stateOf(snapshot: StorageSnapshot, key: string): KeyState {
  return key in snapshot && snapshot[key] !== undefined
    ? { key, existed: true, value: snapshot[key] }
    : { key, existed: false };
}

/** A sync write that the browser refuses lands in the local fallback, and a stored one clears it. */
function touchedKeys(key: StorageKey): string[] {
  const keys: string[] = [key, `${key}$`];
  if (splitKey(key).area === 'sync') keys.push(syncFallbackKey(key));
  return keys;
}

/** Undefined: nothing to write for this item. */
function valueToWrite(item: PreviewItem, resolution: Resolution): unknown {
  switch (item.status) {
    case 'new':
    case 'updated':
      return item.value;
    case 'conflict':
      return resolution === 'take' ? item.take : (item.keep ?? undefined);
    default:
      return undefined;
  }
}

export function planImport(
  preview: ImportPreview,
  snapshot: StorageSnapshot,
  now: number,
  resolutions: Readonly<Record<string, Resolution>> = {},
): ImportPlan {
  const writes: PlannedWrite[] = [];
  for (const item of preview.items) {
    const value = valueToWrite(item, resolutions[item.key] ?? 'keep');
    if (value !== undefined && item.status !== 'invalid')
      writes.push({ key: item.target, value, version: item.version });
  }
  const before = writes.flatMap((write) => touchedKeys(write.key).map((key) => stateOf(snapshot, key)));
  return {
    writes,
    undo: {
      format: IMPORT_UNDO_FORMAT,
      createdAt: now,
      before,
      after: writes.map((write) => ({ key: write.key, value: write.value })),
    },
  };
}

export interface UndoPlan {
  /** Keys to set back to their prior values. */
  readonly set: Record<string, unknown>;
  /** Keys that did not exist before the import. */
  readonly remove: string[];
  /** Records edited again after the import: undoing overwrites those edits, so ask first. */
  readonly changedSince: string[];
}

export function planUndo(undo: UndoSnapshot, snapshot: StorageSnapshot): UndoPlan {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const state of undo.before) {
    if (state.existed) set[state.key] = state.value;
    else remove.push(state.key);
  }
  const changedSince = undo.after
    .filter(({ key, value }) => {
      const candidates = [snapshot[key]];
      if (splitKey(key as StorageKey).area === 'sync') candidates.push(snapshot[syncFallbackKey(key as StorageKey)]);
      return !candidates.some((candidate) => sameData(candidate, value));
    })
    .map(({ key }) => key);
  return { set, remove, changedSince };
}
