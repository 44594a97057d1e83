/** Cases in backups: records merge by updatedAt, details by union; what would lose data is asked. */
import { sameData } from '@/lib/canonical-json';
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
import { defineBackupEntry, type MergeOutcome } from './registry';

/**
 * The later record wins, as in sync. Two cases are asked instead of decided: the backup would
 * delete a case that is live here, or both copies carry the same time but differ.
 */
export function mergeImportedCaseRecord(current: CaseRecord, incoming: CaseRecord): MergeOutcome<CaseRecord> {
  if (sameData(current, incoming)) return { status: 'unchanged', reason: 'identical' };
  // Taking the backup's copy stamps it just after ours: at an equal time the sync merge would
  // otherwise break the tie by content and could keep ours, silently undoing the seller's choice.
  const taken = { ...incoming, updatedAt: Math.max(incoming.updatedAt, current.updatedAt) + 1 };
  if (current.updatedAt === incoming.updatedAt) {
    return { status: 'conflict', reason: 'same-time-different-content', keep: null, take: taken };
  }
  if (mergeCaseRecord(current, incoming) === current) return { status: 'unchanged', reason: 'current-newer' };
  if (incoming.deleted && !current.deleted)
    return { status: 'conflict', reason: 'incoming-deletes', keep: null, take: taken };
  return { status: 'updated', reason: 'incoming-newer', value: incoming };
}

/**
 * Log entries are joined from both sides. Notes are one text: when both sides have different,
 * non-empty notes and the backup's are newer, the seller chooses; the joined log is kept either way.
 */
export function mergeImportedCaseDetail(current: CaseDetail, incoming: CaseDetail): MergeOutcome<CaseDetail> {
  if (sameData(current, incoming)) return { status: 'unchanged', reason: 'identical' };
  const merged = mergeCaseDetail(current, incoming);
  if (current.notes !== '' && merged.notes !== current.notes) {
    const keep: CaseDetail = { ...merged, notes: current.notes, notesUpdatedAt: current.notesUpdatedAt };
    return { status: 'conflict', reason: 'notes-differ', keep: sameData(keep, current) ? null : keep, take: merged };
  }
  if (sameData(merged, current)) return { status: 'unchanged', reason: 'current-newer' };
  return { status: 'updated', reason: 'merged', value: merged };
}

export const caseRecordBackupEntry = defineBackupEntry<CaseRecord>({
  id: 'case',
  prefix: CASE_RECORD_PREFIX,
  aliasPrefixes: [LOCAL_CASE_RECORD_PREFIX],
  schema: caseRecordSchema,
  version: CASE_RECORD_VERSION,
  migrations: {},
  merge: mergeImportedCaseRecord,
  combine: mergeCaseRecord,
  check: (suffix, record) => (record.id === suffix ? null : `the case inside is ${record.id}, not ${suffix}`),
});

export const caseDetailBackupEntry = defineBackupEntry<CaseDetail>({
  id: 'caseDetail',
  prefix: CASE_DETAIL_PREFIX,
  schema: caseDetailSchema,
  version: CASE_DETAIL_VERSION,
  migrations: {},
  merge: mergeImportedCaseDetail,
  combine: mergeCaseDetail,
  check: (suffix, detail) => (detail.id === suffix ? null : `the case inside is ${detail.id}, not ${suffix}`),
});
