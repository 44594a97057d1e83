/**
 * Where cases are read and written. Every case write of the background goes through here:
 * details straight to local; a sync record first to its local fallback key (readers already
 * merge it in), from where settleSync moves it to sync in one batched write, within the write
 * limits and the sync quota. Nothing is ever dropped: a record leaves its fallback only once
 * it is stored in sync or in the local area.
 */
import { browser } from 'wxt/browser';
import type { CaseChange } from '@/lib/cases/commands';
import { mergeCaseRecord, purgeExpiredTombstones } from '@/lib/cases/merge';
import {
  CASE_DETAIL_PREFIX,
  CASE_RECORD_PREFIX,
  CASE_RECORD_VERSION,
  type CaseDetail,
  type CaseRecord,
  caseRecordSchema,
  LOCAL_CASE_RECORD_PREFIX,
} from '@/lib/cases/model';
import type { StoredCase, StoredCases } from '@/lib/cases/stored-case';
import { planSyncBudget } from '@/lib/cases/sync-budget';
import { caseSyncName, syncItemBytes } from '@/lib/cases/sync-size';
import { nextWriteAt, recordWrites } from '@/lib/cases/write-limiter';
import { isQuotaError } from './area-errors';
import { caseDetailIdOf, isCaseRecordKey, isLocalCaseRecordName, isWaitingCaseRecordKey } from './case-keys';
import { caseDetails, caseRecords, caseSyncWriteLogItem, casesMovedItem, localCaseRecords } from './items/cases';
import { type StorageKey, splitKey, syncFallbackKey } from './keys';
import { listKeysCheaply, readNames } from './list-keys';
import { addNotice } from './notices';
import { storageSnapshot } from './snapshot';
import { caseKeys, collectCaseDetails, collectStoredCases } from './stored-cases';
import { NEWER_VERSION } from './stored-item';

export { caseDetailIdOf, isCaseRecordKey, isWaitingCaseRecordKey };

/** Key names as each area's own API sees them (no `sync:` / `local:`), from the prefixes in model.ts. */
const SYNC_NAME = splitKey(CASE_RECORD_PREFIX).name;
const FALLBACK_NAME = splitKey(syncFallbackKey(CASE_RECORD_PREFIX as StorageKey)).name;
const LOCAL_RECORD_NAME = splitKey(LOCAL_CASE_RECORD_PREFIX).name;
const DETAIL_NAME = splitKey(CASE_DETAIL_PREFIX).name;
const VERSION_RECORD = { v: CASE_RECORD_VERSION };
/**
 * WXT reads a value without a `<key>$` record as version 1, so version-1 case records go to
 * sync without one: it would count as a second item against sync's 512, halving the cases
 * that fit. From version 2 on the record is needed and written.
 */
const syncVersionRecord = (id: string): Record<string, unknown> =>
  CASE_RECORD_VERSION > 1 ? { [`${caseSyncName(id)}$`]: VERSION_RECORD } : {};
/** A refused sync write is tried again after this long. */
export const SYNC_RETRY_MS = 60_000;
/** Notices for refused cases, at most: one per case would bury everything else. */
const MAX_REFUSAL_NOTICES = 3;

const snapshotOf = (sync: Record<string, unknown>, local: Record<string, unknown>) => storageSnapshot({ sync, local });

export async function readAllCases(): Promise<StoredCases> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  return collectStoredCases(snapshotOf(sync, local));
}

/** Chrome 130+ lists keys without reading values; elsewhere null (then everything is read at once). */
const localKeys = () => listKeysCheaply('local');

/** Every case detail, or those of the given cases (a missing one maps to null: it was removed). */
export async function readCaseDetails(ids?: readonly string[]): Promise<Map<string, CaseDetail | null>> {
  const wanted = ids?.flatMap((id) => [`${DETAIL_NAME}${id}`, `${DETAIL_NAME}${id}$`]);
  const keys = wanted ?? (await localKeys())?.filter((key) => key.startsWith(DETAIL_NAME)) ?? null;
  const details: Map<string, CaseDetail | null> = collectCaseDetails(snapshotOf({}, await readNames('local', keys)));
  for (const id of ids ?? []) if (!details.has(id)) details.set(id, null);
  return details;
}

export async function readCase(id: string): Promise<StoredCase | null> {
  const keys = caseKeys(id);
  const [sync, local] = await Promise.all([browser.storage.sync.get(keys.sync), browser.storage.local.get(keys.local)]);
  const stored = collectStoredCases(snapshotOf(sync, local));
  // Every write reads through here first: a record a newer version wrote is never written over,
  // and an unreadable value is set aside before it can be.
  if (stored.newer.length > 0) throw new Error(NEWER_VERSION);
  await quarantineUnreadable(stored.unreadable);
  return stored.cases.get(id) ?? null;
}

/** Writes what a command changed. Returns true when a record waits for settleSync. */
export async function writeCaseChange(id: string, current: StoredCase | null, change: CaseChange): Promise<boolean> {
  if (change.detail) await caseDetails.item(id).set(change.detail);
  if (!change.record) return false;
  if (current?.place === 'local') {
    await localCaseRecords.item(id).set(change.record);
    return false;
  }
  await browser.storage.local.set({ [`${FALLBACK_NAME}${id}`]: caseRecordSchema.parse(change.record) });
  return true;
}

export interface SettleOutcome {
  /** Case ids written to sync. */
  readonly wrote: readonly string[];
  /** Case ids moved out of sync to the local area. */
  readonly moved: readonly string[];
  /** Set when writes wait: the earliest time to try again. */
  readonly retryAt: number | null;
}

/** True when the version record beside a record names a version above this build's. */
const isNewer = (area: Record<string, unknown>, name: string) =>
  ((area[`${name}$`] as { v?: number } | undefined)?.v ?? 0) > CASE_RECORD_VERSION;

const parseRecord = (value: unknown): CaseRecord | null => {
  const parsed = caseRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/**
 * Moves waiting records to sync in one write and, when sync is nearly full, the oldest
 * resolved cases (then the oldest others) out of it, before anything is refused.
 */
export async function settleSync(now: number): Promise<SettleOutcome> {
  const keys = await localKeys();
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(null),
    // Only waiting and moved records matter here, not the (large) logs beside them.
    readNames('local', keys?.filter(isLocalCaseRecordName) ?? null),
  ]);
  const waiting = new Map<string, CaseRecord>();
  for (const [name, value] of Object.entries(local)) {
    if (!name.startsWith(FALLBACK_NAME)) continue;
    const record = parseRecord(value);
    // An invalid waiting value stays where it is: reading it through its item quarantines it.
    // One meeting a record a newer version wrote waits too: that record is never written over.
    if (!record || isNewer(sync, `${SYNC_NAME}${record.id}`)) continue;
    const inSync = parseRecord(sync[`${SYNC_NAME}${record.id}`]);
    waiting.set(record.id, inSync ? mergeCaseRecord(inSync, record) : record);
  }

  // Records whose case was moved to local meanwhile join it there.
  const toLocal: Record<string, unknown> = {};
  for (const [id, record] of waiting) {
    const moved = parseRecord(local[`${LOCAL_RECORD_NAME}${id}`]);
    if (!moved) continue;
    toLocal[`${LOCAL_RECORD_NAME}${id}`] = mergeCaseRecord(moved, record);
    toLocal[`${LOCAL_RECORD_NAME}${id}$`] = VERSION_RECORD;
    waiting.delete(id);
  }

  // The sync area as it would be after the write, to plan moves before the quota is hit.
  const after: Record<string, unknown> = { ...sync };
  for (const [id, record] of waiting) Object.assign(after, { [caseSyncName(id)]: record }, syncVersionRecord(id));
  const sizes = Object.entries(after).map(([name, value]) => ({ name, bytes: syncItemBytes(name, value) }));
  // A record a newer version wrote is never moved (rewritten elsewhere and removed from sync).
  const records = Object.entries(after).flatMap(([name, value]) =>
    name.startsWith(SYNC_NAME) && !name.endsWith('$') && !isNewer(after, name)
      ? [parseRecord(value)].filter((r) => r !== null)
      : [],
  );
  const moved = planSyncBudget(sizes, records).moveToLocal;
  const toSet: Record<string, unknown> = {};
  for (const [id, record] of waiting) {
    if (!moved.includes(id)) Object.assign(toSet, { [caseSyncName(id)]: record }, syncVersionRecord(id));
  }
  const toRemove: string[] = [];
  for (const id of moved) {
    toLocal[`${LOCAL_RECORD_NAME}${id}`] = after[caseSyncName(id)];
    toLocal[`${LOCAL_RECORD_NAME}${id}$`] = VERSION_RECORD;
    if (caseSyncName(id) in sync) toRemove.push(caseSyncName(id), `${caseSyncName(id)}$`);
  }

  const operations = (Object.keys(toSet).length > 0 ? 1 : 0) + (toRemove.length > 0 ? 1 : 0);
  const log = await caseSyncWriteLogItem.get();
  const allowedAt = operations > 0 ? nextWriteAt(log, now, operations) : now;
  if (allowedAt > now) {
    // Local-only joins need no sync write; the rest waits in its fallback for the limit.
    if (Object.keys(toLocal).length > 0 && moved.length === 0) await writeLocalJoins(toLocal);
    return { wrote: [], moved: [], retryAt: allowedAt };
  }

  // Order matters: a moved record is stored locally before it leaves sync.
  if (Object.keys(toLocal).length > 0) await browser.storage.local.set(toLocal);
  let wrote: string[] = [];
  let retryAt: number | null = null;
  if (Object.keys(toSet).length > 0) {
    try {
      await browser.storage.sync.set(toSet);
      wrote = [...waiting.keys()].filter((id) => !moved.includes(id));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      retryAt = now + SYNC_RETRY_MS;
      if (!/MAX_WRITE_OPERATIONS/i.test(String(error))) {
        const refused = [...waiting.keys()].slice(0, MAX_REFUSAL_NOTICES);
        for (const id of refused) await addNotice('sync-fallback', `${CASE_RECORD_PREFIX}${id}`);
      }
    }
  }
  if (toRemove.length > 0) await browser.storage.sync.remove(toRemove);
  await caseSyncWriteLogItem.set(recordWrites(log, now, (wrote.length > 0 ? 1 : 0) + (toRemove.length > 0 ? 1 : 0)));
  const settled = [
    ...wrote,
    ...moved,
    ...Object.keys(toLocal)
      .filter((k) => !k.endsWith('$'))
      .map((k) => k.slice(LOCAL_RECORD_NAME.length)),
  ];
  const fallbackKeys = [...new Set(settled)].map((id) => `${FALLBACK_NAME}${id}`).filter((key) => key in local);
  if (fallbackKeys.length > 0) await browser.storage.local.remove(fallbackKeys);
  if (moved.length > 0) {
    const previous = await casesMovedItem.get();
    const ids = [...new Set([...(previous?.ids ?? []), ...moved])];
    await casesMovedItem.set({ ids, at: now });
  }
  return { wrote, moved, retryAt };
}

async function writeLocalJoins(toLocal: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(toLocal);
  const ids = Object.keys(toLocal)
    .filter((k) => !k.endsWith('$'))
    .map((k) => `${FALLBACK_NAME}${k.slice(LOCAL_RECORD_NAME.length)}`);
  await browser.storage.local.remove(ids);
}

/** Drops tombstones older than 30 days from every place a case can live. Returns the purged ids. */
export async function purgeTombstones(cases: StoredCases, now: number): Promise<string[]> {
  const records = Object.fromEntries([...cases.cases].map(([id, stored]) => [id, stored.record]));
  const { purged } = purgeExpiredTombstones(records, now);
  if (purged.length === 0) return purged;
  const sync = purged.flatMap((id) => [caseSyncName(id), `${caseSyncName(id)}$`]);
  const local = purged.flatMap((id) => [
    `${FALLBACK_NAME}${id}`,
    `${LOCAL_RECORD_NAME}${id}`,
    `${LOCAL_RECORD_NAME}${id}$`,
    `${DETAIL_NAME}${id}`,
    `${DETAIL_NAME}${id}$`,
  ]);
  await browser.storage.local.remove(local);
  await browser.storage.sync.remove(sync);
  await caseSyncWriteLogItem.set(recordWrites(await caseSyncWriteLogItem.get(), now, 1));
  return purged;
}

/** Reads each unreadable key through its validated item, which sets the value aside in quarantine. */
export async function quarantineUnreadable(keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    const [area, name = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (area === 'sync' && name.startsWith(SYNC_NAME)) await caseRecords.item(name.slice(SYNC_NAME.length)).get();
    else if (name.startsWith(FALLBACK_NAME)) await caseRecords.item(name.slice(FALLBACK_NAME.length)).get();
    else if (name.startsWith(LOCAL_RECORD_NAME))
      await localCaseRecords.item(name.slice(LOCAL_RECORD_NAME.length)).get();
    else if (name.startsWith(DETAIL_NAME)) await caseDetails.item(name.slice(DETAIL_NAME.length)).get();
  }
}
