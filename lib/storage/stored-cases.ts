/**
 * Every case found in a storage snapshot, validated and migrated the way a backup reads it:
 * a record may sit in sync, in its local fallback (a write waiting for sync) or in the local
 * area (moved out of a full sync area); copies are merged by updatedAt. Pure: the caller
 * takes the snapshot (browser.storage.*.get(null)) and passes it in.
 */
import { NEWER_ITEM_VERSION } from '@/lib/backup/registry';
import { readUserData } from '@/lib/backup/user-data';
import {
  CASE_DETAIL_PREFIX,
  CASE_RECORD_PREFIX,
  type CaseDetail,
  type CaseRecord,
  LOCAL_CASE_RECORD_PREFIX,
} from '@/lib/cases/model';
import type { CasePlace, StoredCase, StoredCases } from '@/lib/cases/stored-case';
import { backupRegistryOf } from './backup-registry';
import { caseDetails, caseRecords, localCaseRecords } from './items/cases';
import { type StorageKey, splitKey, syncFallbackKey } from './keys';
import type { StorageSnapshot } from './snapshot';

const CASE_REGISTRY = backupRegistryOf([caseRecords, localCaseRecords, caseDetails]);

const titleOf = (value: unknown): string | null => {
  const title = (value as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? title : null;
};

export function collectStoredCases(snapshot: StorageSnapshot): StoredCases {
  const { records, unreadable } = readUserData(snapshot, CASE_REGISTRY);
  const found = new Map<string, { record?: CaseRecord; detail?: CaseDetail; place: CasePlace }>();
  for (const [key, stored] of records) {
    if (key.startsWith(CASE_RECORD_PREFIX)) {
      const id = key.slice(CASE_RECORD_PREFIX.length);
      const entry = found.get(id) ?? { place: 'sync' };
      entry.record = stored.value as CaseRecord;
      entry.place = stored.target.startsWith(CASE_RECORD_PREFIX) ? 'sync' : 'local';
      found.set(id, entry);
    } else if (key.startsWith(CASE_DETAIL_PREFIX)) {
      const id = key.slice(CASE_DETAIL_PREFIX.length);
      const entry = found.get(id) ?? { place: 'sync' };
      entry.detail = stored.value as CaseDetail;
      found.set(id, entry);
    }
  }
  const cases = new Map<string, StoredCase>();
  // A detail without its record (a record still on its way through sync) is not a case yet.
  for (const [id, entry] of found) {
    if (entry.record) cases.set(id, { record: entry.record, detail: entry.detail ?? null, place: entry.place });
  }
  const newer = unreadable.flatMap(({ key, value, reason }) =>
    key.startsWith(CASE_RECORD_PREFIX) && reason.startsWith(NEWER_ITEM_VERSION)
      ? [{ id: key.slice(CASE_RECORD_PREFIX.length), title: titleOf(value) }]
      : [],
  );
  return { cases, unreadable: unreadable.map((u) => u.key), newer };
}

/** Case details alone (the list reads records first, and the logs after it has drawn). */
export function collectCaseDetails(snapshot: StorageSnapshot): Map<string, CaseDetail> {
  const details = new Map<string, CaseDetail>();
  for (const [key, stored] of readUserData(snapshot, CASE_REGISTRY).records) {
    if (key.startsWith(CASE_DETAIL_PREFIX))
      details.set(key.slice(CASE_DETAIL_PREFIX.length), stored.value as CaseDetail);
  }
  return details;
}

/** The storage keys that may hold one case: enough to read it alone with collectStoredCases. */
export function caseKeys(id: string): { sync: string[]; local: string[] } {
  const name = (prefix: StorageKey) => splitKey(`${prefix}${id}` as StorageKey).name;
  const withVersion = (prefix: StorageKey) => [name(prefix), `${name(prefix)}$`];
  return {
    sync: withVersion(CASE_RECORD_PREFIX),
    local: [
      splitKey(syncFallbackKey(`${CASE_RECORD_PREFIX}${id}`)).name,
      ...withVersion(LOCAL_CASE_RECORD_PREFIX),
      ...withVersion(CASE_DETAIL_PREFIX),
    ],
  };
}
