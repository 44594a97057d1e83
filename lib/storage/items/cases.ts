/**
 * The storage items of the cases feature (shapes and keys in lib/cases/model.ts). Each case is
 * its own item, so two devices or two tabs editing different cases never write the same key.
 * The background writes records raw through lib/storage/case-store.ts, under these same keys.
 */
import * as z from 'zod/mini';
import { mergeImportedCaseDetail, mergeImportedCaseRecord } from '@/lib/cases/import-merge';
import { mergeCaseDetail, mergeCaseRecord } from '@/lib/cases/merge';
import {
  CASE_DETAIL_PREFIX,
  CASE_DETAIL_VERSION,
  CASE_RECORD_PREFIX,
  CASE_RECORD_VERSION,
  type CaseDetail,
  type CaseRecord,
  caseDetailSchema,
  caseRecordSchema,
  LOCAL_CASE_RECORD_PREFIX,
} from '@/lib/cases/model';
import { keepUnknown } from '@/lib/keep-unknown';
import { defineItemFamily, defineValidatedItem } from '../stored-item';

/** A record or detail stored under another case's id is not that case. */
const sameId = (suffix: string, value: { id: string }) =>
  value.id === suffix ? null : `the case inside is ${value.id}, not ${suffix}`;

/** Compact records in sync: `sync:case:<id>` (sync key `case:<id>`). */
export const caseRecords = defineItemFamily<CaseRecord | null>({
  prefix: CASE_RECORD_PREFIX,
  schema: z.nullable(caseRecordSchema),
  fallback: null,
  version: CASE_RECORD_VERSION,
  migrations: {},
  backup: 'user-data',
  backupId: 'case',
  backupSchema: caseRecordSchema,
  merge: mergeImportedCaseRecord,
  combine: mergeCaseRecord,
  check: sameId,
});

/** Records moved out of a nearly full sync area: `local:caseRecord:<id>`, same shape. */
export const localCaseRecords = defineItemFamily<CaseRecord | null>({
  prefix: LOCAL_CASE_RECORD_PREFIX,
  schema: z.nullable(caseRecordSchema),
  fallback: null,
  version: CASE_RECORD_VERSION,
  migrations: {},
  backup: 'user-data',
  // Exported as `sync:case:<id>`, wherever the record lives now.
  backupAliasOf: CASE_RECORD_PREFIX,
});

/** Notes, interaction log and overflow, this device only: `local:caseDetail:<id>`. */
export const caseDetails = defineItemFamily<CaseDetail | null>({
  prefix: CASE_DETAIL_PREFIX,
  schema: z.nullable(caseDetailSchema),
  fallback: null,
  version: CASE_DETAIL_VERSION,
  migrations: {},
  backup: 'user-data',
  backupId: 'caseDetail',
  backupSchema: caseDetailSchema,
  merge: mergeImportedCaseDetail,
  combine: mergeCaseDetail,
  check: sameId,
});

export const followUpNotifiedSchema = z.record(z.string(), z.int());
/** case id -> the due time already notified about, so a fired alarm is not planned again. */
export type FollowUpNotified = z.infer<typeof followUpNotifiedSchema>;

export const followUpNotifiedItem = defineValidatedItem<FollowUpNotified>({
  key: 'local:caseFollowUpNotified',
  schema: followUpNotifiedSchema,
  fallback: {},
  version: 1,
  migrations: {},
  backup: 'derived',
});

export const casesMovedSchema = keepUnknown({
  /** Case ids now kept on this device only, oldest move first. */
  ids: z.array(z.string()),
  at: z.int(),
});
export type CasesMoved = z.infer<typeof casesMovedSchema>;

/** The notice for cases moved out of a nearly full sync area; the popup shows it until dismissed. */
export const casesMovedItem = defineValidatedItem<CasesMoved | null>({
  key: 'local:casesMovedToLocal',
  schema: z.nullable(casesMovedSchema),
  fallback: null,
  version: 1,
  migrations: {},
  backup: 'derived',
});

/**
 * When the background last wrote case records to sync (write-limiter.ts). Session storage: it
 * outlives a stopped service worker and only matters for the past hour.
 */
export const caseSyncWriteLogItem = defineValidatedItem<number[]>({
  key: 'session:caseSyncWrites',
  schema: z.array(z.number()),
  fallback: [],
  version: 1,
  migrations: {},
  backup: 'derived',
});
