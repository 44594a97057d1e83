/**
 * Every change to a case goes through one of these, so updatedAt (which decides merges) is
 * always bumped and the follow-up fields stay consistent with the log.
 */
import type { CaseRecord, CaseStatus, CaseTopic, LogChannel, LogDirection, LogEntry } from './model';
import { type CaseDetail, emptyCaseDetail } from './model';
import { type SplitRecord, splitForSync } from './sync-size';

export interface NewCase {
  readonly id: string;
  readonly marketplace: string;
  readonly topic?: CaseTopic;
  readonly title?: string;
  readonly status?: CaseStatus;
  /** When the case was opened, if known (e.g. from the page); otherwise now. */
  readonly createdAt?: number;
}

/** A new case counts as a message sent when it was opened: the seller wrote to Amazon then. */
export function createCase(input: NewCase, now: number): SplitRecord {
  const createdAt = Math.min(input.createdAt ?? now, now);
  return splitForSync({
    id: input.id,
    marketplace: input.marketplace,
    topic: input.topic ?? 'other',
    title: input.title ?? '',
    status: input.status ?? 'open',
    createdAt,
    lastContactAt: createdAt,
    lastSentAt: createdAt,
    updatedAt: now,
    deleted: false,
  });
}

/** A visit refreshes lastSeenAt at most this often, so browsing Seller Central costs few sync writes. */
export const SEEN_REFRESH_MS = 60 * 60 * 1000;

/**
 * What the content script saw on a saved case's page. Returns the same object when nothing
 * worth a write changed.
 */
export function refreshFromPage(record: CaseRecord, seen: { status?: CaseStatus }, now: number): CaseRecord {
  const statusChanged = seen.status !== undefined && seen.status !== record.status;
  const stale = record.lastSeenAt === undefined || now - record.lastSeenAt >= SEEN_REFRESH_MS;
  if (record.deleted || (!statusChanged && !stale)) return record;
  return {
    ...record,
    status: seen.status ?? record.status,
    lastSeenAt: now,
    updatedAt: Math.max(now, record.updatedAt),
  };
}

export type CaseEdit = Partial<Pick<CaseRecord, 'marketplace' | 'topic' | 'status' | 'nextFollowUpAt'>> & {
  readonly title?: string;
};

/** Applies an edit; a long title keeps its whole text in the returned overflow. */
export function editCase(record: CaseRecord, edit: CaseEdit, now: number): SplitRecord {
  const { title, ...rest } = edit;
  return splitForSync({ ...record, ...rest, title: title ?? record.title, updatedAt: Math.max(now, record.updatedAt) });
}

/** Deleting keeps a tombstone so the delete reaches other devices; merge.ts purges it after 30 days. */
export function markDeleted(record: CaseRecord, now: number): CaseRecord {
  if (record.deleted) return record;
  const at = Math.max(now, record.updatedAt);
  return { ...record, deleted: true, deletedAt: at, updatedAt: at };
}

export function restoreDeleted(record: CaseRecord, now: number): CaseRecord {
  if (!record.deleted) return record;
  const { deletedAt: _dropped, ...rest } = record;
  return { ...rest, deleted: false, updatedAt: Math.max(now, record.updatedAt) };
}

/** FNV-1a: tiny and stable everywhere; only used to tell log entries apart, not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Derived from the entry's content when it is first logged, then kept through edits: the same
 * message logged on two devices gets the same id, so merges and imports do not duplicate it.
 */
export function logEntryId(entry: Pick<LogEntry, 'at' | 'direction' | 'channel' | 'summary'>): string {
  return `${entry.at.toString(36)}-${fnv1a(`${entry.direction}|${entry.channel}|${entry.summary}`)}`;
}

export interface NewInteraction {
  readonly at: number;
  readonly direction: LogDirection;
  readonly channel: LogChannel;
  readonly summary: string;
}

/**
 * Logs a message. Sending one restarts the follow-up clock (and reopens the case); receiving
 * one marks it answered. An entry dated before the latest contact does not move the clock back.
 */
export function recordInteraction(
  record: CaseRecord,
  detail: CaseDetail | null,
  interaction: NewInteraction,
  now: number,
): { record: CaseRecord; detail: CaseDetail } {
  const entry: LogEntry = { ...interaction, id: logEntryId(interaction), updatedAt: now };
  const base = detail ?? emptyCaseDetail(record.id);
  const log = base.log.some((e) => e.id === entry.id) ? base.log : [...base.log, entry].sort(byTimeThenId);
  const latest = interaction.at >= record.lastContactAt;
  const next: CaseRecord = {
    ...record,
    lastContactAt: Math.max(record.lastContactAt, interaction.at),
    updatedAt: Math.max(now, record.updatedAt),
  };
  if (interaction.direction === 'sent') {
    next.lastSentAt = Math.max(record.lastSentAt ?? 0, interaction.at);
    if (latest) {
      next.status = 'open';
      delete next.nextFollowUpAt;
    }
  } else if (latest && record.status !== 'resolved') {
    next.status = 'answered';
    delete next.nextFollowUpAt;
  }
  return { record: next, detail: { ...base, log } };
}

export function editNotes(detail: CaseDetail, notes: string, now: number): CaseDetail {
  return { ...detail, notes, notesUpdatedAt: Math.max(now, detail.notesUpdatedAt) };
}

export function byTimeThenId(a: LogEntry, b: LogEntry): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Stores what splitForSync left over in the detail. A title that fits again clears the old
 * overflow with a newer, empty one, so a merge does not bring the stale full title back.
 */
export function withOverflow(detail: CaseDetail, split: SplitRecord, now: number): CaseDetail {
  if (split.overflow) return { ...detail, overflow: split.overflow };
  if (detail.overflow?.title === undefined) return detail;
  const { title: _stale, ...kept } = detail.overflow;
  return { ...detail, overflow: { ...kept, updatedAt: Math.max(now, detail.overflow.updatedAt) } };
}
