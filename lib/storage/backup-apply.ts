/**
 * Applying an import plan and its undo to extension storage (extension pages only; the plans
 * are made by the pure rules in lib/backup/). Case records bound for sync are handed to the
 * background through their local fallback key, so they reach sync within the write limits and
 * the quota like every other case write.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  IMPORT_UNDO_KEY,
  type ImportPlan,
  planUndo,
  type UndoPlan,
  type UndoSnapshot,
  undoSnapshotSchema,
} from '@/lib/backup/plan';
import { CASE_RECORD_PREFIX } from '@/lib/cases/model';
import { isQuotaError } from './area-errors';
import { type StorageKey, SYNC_FALLBACK_PREFIX, splitKey, syncFallbackKey } from './keys';
import { addNotice } from './notices';
import { takeSnapshot } from './snapshot';

type Area = 'sync' | 'local';

function byArea(): Record<Area, Record<string, unknown>> {
  return { sync: {}, local: {} };
}

/** Sync refused the values: each waits in its local fallback (read first by its item), with a notice. */
async function setSync(items: Record<string, unknown>): Promise<void> {
  if (Object.keys(items).length === 0) return;
  try {
    await browser.storage.sync.set(items);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const fallback: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(items)) {
      if (!name.endsWith('$')) fallback[splitKey(syncFallbackKey(`sync:${name}`)).name] = value;
    }
    await browser.storage.local.set(fallback);
    for (const name of Object.keys(fallback))
      await addNotice('sync-fallback', `sync:${name.slice(splitKey(SYNC_FALLBACK_PREFIX).name.length)}`);
  }
}

/** Stores the undo snapshot first, so an import cut short can still be undone. */
export async function applyImport(plan: ImportPlan): Promise<void> {
  await browser.storage.local.set({ [splitKey(IMPORT_UNDO_KEY).name]: plan.undo });
  const writes = byArea();
  for (const write of plan.writes) {
    const { area, name } = splitKey(write.key);
    if (area === 'session') continue;
    if (write.key.startsWith(CASE_RECORD_PREFIX)) {
      writes.local[splitKey(syncFallbackKey(write.key)).name] = write.value;
      continue;
    }
    writes[area][name] = write.value;
    writes[area][`${name}$`] = { v: write.version };
  }
  if (Object.keys(writes.local).length > 0) await browser.storage.local.set(writes.local);
  await setSync(writes.sync);
}

/** Calls back whenever the stored undo changes (an import, an undo, another tab). */
export function watchUndo(callback: () => void): () => void {
  return storage.watch(IMPORT_UNDO_KEY, () => callback());
}

export async function readUndo(): Promise<UndoSnapshot | null> {
  const name = splitKey(IMPORT_UNDO_KEY).name;
  const parsed = undoSnapshotSchema.safeParse((await browser.storage.local.get(name))[name]);
  return parsed.success ? parsed.data : null;
}

export async function planStoredUndo(): Promise<{ undo: UndoSnapshot; plan: UndoPlan } | null> {
  const undo = await readUndo();
  return undo ? { undo, plan: planUndo(undo, await takeSnapshot()) } : null;
}

/** Puts every touched key back as it was, then forgets the snapshot: an import is undone once. */
export async function applyUndo(plan: UndoPlan): Promise<void> {
  const set = byArea();
  const remove: Record<Area, string[]> = { sync: [], local: [] };
  for (const [key, value] of Object.entries(plan.set)) {
    const { area, name } = splitKey(key as StorageKey);
    if (area !== 'session') set[area][name] = value;
  }
  for (const key of plan.remove) {
    const { area, name } = splitKey(key as StorageKey);
    if (area !== 'session') remove[area].push(name);
  }
  if (Object.keys(set.local).length > 0) await browser.storage.local.set(set.local);
  if (remove.local.length > 0) await browser.storage.local.remove(remove.local);
  await setSync(set.sync);
  if (remove.sync.length > 0) await browser.storage.sync.remove(remove.sync);
  await browser.storage.local.remove(splitKey(IMPORT_UNDO_KEY).name);
}
