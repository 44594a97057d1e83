/**
 * Support cases: a compact record that syncs (one sync item per case) and a local-only detail
 * (notes, interaction log, overflow) that can grow large (docs/DESIGN-NOTES.md, "Storage").
 */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';
import { CASE_ID_PATTERN } from './case-id';

export const CASE_TOPICS = [
  'account-hold',
  'deactivation',
  'under-review',
  'verification',
  'removal-order',
  'listing',
  'other',
] as const;
export type CaseTopic = (typeof CASE_TOPICS)[number];

/** open: waiting on Amazon; answered: Amazon replied; needs-attention: the seller owes something. */
export const CASE_STATUSES = ['open', 'answered', 'needs-attention', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const LOG_DIRECTIONS = ['sent', 'received'] as const;
export type LogDirection = (typeof LOG_DIRECTIONS)[number];

export const LOG_CHANNELS = ['case-log', 'email', 'phone', 'chat', 'other'] as const;
export type LogChannel = (typeof LOG_CHANNELS)[number];

export const TITLE_MAX_CHARS = 80;
/** A pasted full title (e.g. a case subject) is kept whole in the local detail up to this size. */
export const FULL_TITLE_MAX_CHARS = 2_000;
/** Well above a 1 MB note, well below the 10 MB local area. */
export const NOTES_MAX_CHARS = 2_000_000;
export const LOG_SUMMARY_MAX_CHARS = 4_000;
export const LOG_MAX_ENTRIES = 10_000;

export { CASE_DETAIL_PREFIX, CASE_RECORD_PREFIX, LOCAL_CASE_RECORD_PREFIX } from './keys';

export const CASE_RECORD_VERSION = 1;
export const CASE_DETAIL_VERSION = 1;

/** Milliseconds since the epoch, as Date.now() gives them. */
const timestamp = z.int().check(z.minimum(0));
const caseId = z.string().check(z.regex(CASE_ID_PATTERN));
/** A host name; not limited to today's marketplace table so a newer device's host still reads. */
const host = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/));

export const caseRecordSchema = keepUnknown({
  id: caseId,
  marketplace: host,
  topic: z.enum(CASE_TOPICS),
  title: z.string().check(z.maxLength(TITLE_MAX_CHARS)),
  status: z.enum(CASE_STATUSES),
  createdAt: timestamp,
  lastContactAt: timestamp,
  lastSentAt: z.optional(timestamp),
  /** Set by a snooze or by hand; otherwise the follow-up time is computed from lastSentAt. */
  nextFollowUpAt: z.optional(timestamp),
  /** When the case page was last seen by the content script. */
  lastSeenAt: z.optional(timestamp),
  updatedAt: timestamp,
  deleted: z.boolean(),
  deletedAt: z.optional(timestamp),
}).check(
  z.refine((record) => !record.deleted || record.deletedAt !== undefined, {
    message: 'a deleted case needs deletedAt',
    path: ['deletedAt'],
  }),
);
export type CaseRecord = z.infer<typeof caseRecordSchema>;

export const logEntrySchema = keepUnknown({
  /** Stable across devices and backups; see logEntryId in interactions.ts. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  at: timestamp,
  direction: z.enum(LOG_DIRECTIONS),
  channel: z.enum(LOG_CHANNELS),
  summary: z.string().check(z.maxLength(LOG_SUMMARY_MAX_CHARS)),
  updatedAt: timestamp,
});
export type LogEntry = z.infer<typeof logEntrySchema>;

/** Fields that did not fit the compact sync record. Only shown while it still matches the record. */
export const caseOverflowSchema = keepUnknown({
  title: z.optional(z.string().check(z.maxLength(FULL_TITLE_MAX_CHARS))),
  updatedAt: timestamp,
});
export type CaseOverflow = z.infer<typeof caseOverflowSchema>;

export const caseDetailSchema = keepUnknown({
  id: caseId,
  notes: z.string().check(z.maxLength(NOTES_MAX_CHARS)),
  notesUpdatedAt: timestamp,
  overflow: z.optional(caseOverflowSchema),
  log: z.array(logEntrySchema).check(z.maxLength(LOG_MAX_ENTRIES)),
}).check(
  z.refine((detail) => new Set(detail.log.map((entry) => entry.id)).size === detail.log.length, {
    message: 'log entry ids must be unique',
    path: ['log'],
  }),
);
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export function emptyCaseDetail(id: string): CaseDetail {
  return { id, notes: '', notesUpdatedAt: 0, log: [] };
}

/** A case as the UI shows it: the record, and its detail when this device has one. */
export interface CaseView {
  readonly record: CaseRecord;
  readonly detail: CaseDetail;
}
