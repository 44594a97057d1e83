/**
 * Cases met by a backup on import: records merge by updatedAt, details by union; what would
 * lose data is asked. Their stored items (lib/storage/items/cases.ts) name these rules.
 */
import type { MergeOutcome } from '@/lib/backup/registry';
import { sameData } from '@/lib/canonical-json';
import { mergeCaseDetail, mergeCaseRecord } from './merge';
import type { CaseDetail, CaseRecord } from './model';

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
  if (mergeCaseRecord(current, incoming) === current) {
    // A case deleted here that the backup holds alive: the seller may be restoring it on purpose.
    if (current.deleted && !incoming.deleted)
      return { status: 'conflict', reason: 'deleted-here', keep: null, take: taken };
    return { status: 'unchanged', reason: 'current-newer' };
  }
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
