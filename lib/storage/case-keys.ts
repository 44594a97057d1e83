/**
 * Which stored keys belong to cases, as predicates. No zod (see lib/cases/keys.ts): the popup
 * uses these before the case schemas load.
 */
import { CASE_DETAIL_PREFIX, CASE_RECORD_PREFIX, LOCAL_CASE_RECORD_PREFIX } from '@/lib/cases/keys';
import { type StorageKey, splitKey, syncFallbackKey } from './keys';

const WAITING_RECORD_PREFIX = syncFallbackKey(CASE_RECORD_PREFIX as StorageKey);

/** A key that holds a case record: in sync, waiting in its sync fallback, or moved to local. */
export function isCaseRecordKey(key: string): boolean {
  return key.startsWith(CASE_RECORD_PREFIX) || key.startsWith(LOCAL_CASE_RECORD_PREFIX) || isWaitingCaseRecordKey(key);
}

/** A key where a case record waits for settleSync to take it to sync. */
export function isWaitingCaseRecordKey(key: string): boolean {
  return key.startsWith(WAITING_RECORD_PREFIX);
}

/** The case id of a detail key (or its `$` version record), or null. */
export function caseDetailIdOf(key: string): string | null {
  if (!key.startsWith(CASE_DETAIL_PREFIX)) return null;
  return key.slice(CASE_DETAIL_PREFIX.length).replace(/\$$/, '') || null;
}

const LOCAL_RECORD_NAME = splitKey(LOCAL_CASE_RECORD_PREFIX).name;
const WAITING_RECORD_NAME = splitKey(WAITING_RECORD_PREFIX).name;

/** A local-area key name (as the area's own API lists it) that holds a case record. */
export function isLocalCaseRecordName(name: string): boolean {
  return name.startsWith(LOCAL_RECORD_NAME) || name.startsWith(WAITING_RECORD_NAME);
}
