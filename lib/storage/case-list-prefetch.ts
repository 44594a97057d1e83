/**
 * The storage behind the popup's case list, read (and validated, entrypoints/popup/cases/early.ts)
 * in the task after the popup's first render, while the Cases tab's code is still being fetched:
 * if the read started only when the seller opens the tab, they would wait for the code, then for
 * storage, then for 500 records to be checked, one after the other.
 *
 * Raw storage and nothing else (no zod, no Preact): it ships in the popup's first chunk. Every
 * reader validates the snapshot with collectStoredCases (stored-cases.ts), early or not.
 */
import { browser } from 'wxt/browser';
import { isCaseRecordKey, isLocalCaseRecordName } from './case-keys';
import { listKeysCheaply } from './list-keys';
import { type StorageSnapshot, storageSnapshot } from './snapshot';
import { watchStorage } from './watch';

/**
 * The sync area and the local case records, without the local details (a 1 MB local area of
 * logs would cost most of the popup's time budget). Sync is read while local's keys are listed;
 * where keys cannot be listed, all of local is read (slower, same result).
 */
export async function readCaseRecordSnapshot(): Promise<StorageSnapshot> {
  const [sync, keys] = await Promise.all([browser.storage.sync.get(null), listKeysCheaply('local')]);
  const local = await browser.storage.local.get(keys === null ? null : keys.filter(isLocalCaseRecordName));
  return storageSnapshot({ sync, local });
}

/** Calls back when a case record changes anywhere (sync, its local fallback, moved to local). */
export function onCaseRecordChange(changed: () => void): () => void {
  return watchStorage((changes) => {
    if (Object.keys(changes).some(isCaseRecordKey)) changed();
  });
}
