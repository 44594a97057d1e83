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
import { describeError, isQuotaError } from './area-errors';
import { type StorageKey, SYNC_FALLBACK_PREFIX, splitKey, syncFallbackKey } from './keys';
import { addNotice } from './notices';
import { takeSnapshot } from './snapshot';
import { estimateBytes, measureArea } from './usage';

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

/** The raw writes of a plan by area, each record with its `$` version record (cases bound for sync go through their fallback). */
function writesOf(plan: ImportPlan): { writes: Record<Area, Record<string, unknown>>; records: Record<Area, number> } {
  const writes = byArea();
  const records: Record<Area, number> = { sync: 0, local: 0 };
  for (const write of plan.writes) {
    const { area, name } = splitKey(write.key);
    if (area === 'session') continue;
    if (write.key.startsWith(CASE_RECORD_PREFIX)) {
      writes.local[splitKey(syncFallbackKey(write.key)).name] = write.value;
      records.local += 1;
      continue;
    }
    writes[area][name] = write.value;
    writes[area][`${name}$`] = { v: write.version };
    records[area] += 1;
  }
  return { writes, records };
}

/** Local space an import needs, against what is free: measured before anything is written. */
export interface ImportSpace {
  readonly needed: number;
  readonly free: number;
  readonly quota: number;
  readonly fits: boolean;
}

/**
 * Counted as if nothing it replaces were freed, and with the synced part too (sync may refuse
 * it, and then it waits in local storage), so a plan that fits here cannot fail for space.
 */
export async function importSpace(plan: ImportPlan): Promise<ImportSpace> {
  const { writes } = writesOf(plan);
  const needed =
    estimateBytes(writes.local) +
    estimateBytes(writes.sync) +
    estimateBytes({ [splitKey(IMPORT_UNDO_KEY).name]: plan.undo });
  const usage = await measureArea('local');
  const free = Math.max(0, usage.quota - usage.bytes);
  return { needed, free, quota: usage.quota, fits: needed <= free };
}

/** An import the browser stopped: how many records (each whole) were written before it did. */
export class ImportFailure extends Error {
  constructor(
    readonly reason: unknown,
    readonly written: number,
    readonly total: number,
  ) {
    super(describeError(reason));
    this.name = 'ImportFailure';
  }
}

/**
 * Stores the undo snapshot first, so an import cut short can still be undone. The local part is
 * one write (the browser stores all of it or none), then the synced part; a refusal is thrown as
 * an ImportFailure that says how many records were written. Returns the records written.
 */
export async function applyImport(plan: ImportPlan): Promise<number> {
  const { writes, records } = writesOf(plan);
  const total = records.local + records.sync;
  const undoName = splitKey(IMPORT_UNDO_KEY).name;
  try {
    await browser.storage.local.set({ [undoName]: plan.undo });
    if (Object.keys(writes.local).length > 0) await browser.storage.local.set(writes.local);
  } catch (error) {
    // Nothing of the import was stored: no undo to offer for it.
    await browser.storage.local.remove(undoName).catch(() => undefined);
    throw new ImportFailure(error, 0, total);
  }
  try {
    await setSync(writes.sync);
  } catch (error) {
    throw new ImportFailure(error, records.local, total);
  }
  return total;
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
