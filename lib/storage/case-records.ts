/**
 * The case records without their local details (notes, logs): what the popup's list and the
 * worker's follow-up planning read. The popup reads and validates them in the task after its
 * first render (entrypoints/popup/cases/early.ts), while the Cases tab's code is still being
 * fetched: if the read started only when the seller opens the tab, they would wait for the code,
 * then for storage, then for 500 records to be checked, one after the other.
 */
import { browser } from 'wxt/browser';
import type { StoredCases } from '@/lib/cases/stored-case';
import { isCaseRecordKey, isLocalCaseRecordName } from './case-keys';
import { listKeysCheaply, readNames } from './list-keys';
import { type StorageSnapshot, storageSnapshot } from './snapshot';
import { collectStoredCases } from './stored-cases';
import { watchStorage } from './watch';

/**
 * The sync area and the local case records, without the local details (a 1 MB local area of
 * logs would cost most of the popup's time budget). Sync is read while local's keys are listed;
 * where keys cannot be listed, all of local is read (slower, same result).
 */
export async function readCaseRecordSnapshot(): Promise<StorageSnapshot> {
  const [sync, keys] = await Promise.all([browser.storage.sync.get(null), listKeysCheaply('local')]);
  const local = await readNames('local', keys === null ? null : keys.filter(isLocalCaseRecordName));
  return storageSnapshot({ sync, local });
}

/** Calls back when a case record changes anywhere (sync, its local fallback, moved to local). */
export function onCaseRecordChange(changed: () => void): () => void {
  return watchStorage((changes) => {
    if (Object.keys(changes).some(isCaseRecordKey)) changed();
  });
}

/** The records, validated (collectStoredCases): what the popup's list needs. */
export async function readCaseRecords(): Promise<StoredCases> {
  return collectStoredCases(await readCaseRecordSnapshot());
}
