/**
 * When to follow up on a case. Amazon asks sellers to wait for a reply before chasing it, at
 * least 48 hours after the last message they sent; the seller may set 24 to 96 hours.
 */
import type { CaseRecord } from './model';

const HOUR = 60 * 60 * 1000;

export const FOLLOW_UP_HOURS = { min: 24, max: 96, default: 48 } as const;
export const SNOOZE_MS = 24 * HOUR;
/** A follow-up due within this time is "due soon". */
export const DUE_SOON_MS = 24 * HOUR;
/** A follow-up left this long after it fell due is "overdue". */
export const OVERDUE_AFTER_MS = 24 * HOUR;

/** Any stored or typed value becomes a whole number of hours in the allowed range. */
export function clampFollowUpHours(hours: number): number {
  if (!Number.isFinite(hours)) return FOLLOW_UP_HOURS.default;
  return Math.min(FOLLOW_UP_HOURS.max, Math.max(FOLLOW_UP_HOURS.min, Math.round(hours)));
}

/**
 * Follow-ups apply while the seller waits on Amazon ('open'). An answered case, or one that
 * needs the seller's attention, is the seller's move; a resolved or deleted one needs nothing.
 */
export function awaitsReply(record: CaseRecord): boolean {
  return !record.deleted && record.status === 'open';
}

/** A snooze or a hand-set date wins; otherwise the delay after the last message sent (or opening). */
export function followUpDueAt(record: CaseRecord, hours: number): number | null {
  if (!awaitsReply(record)) return null;
  if (record.nextFollowUpAt !== undefined) return record.nextFollowUpAt;
  return (record.lastSentAt ?? record.createdAt) + clampFollowUpHours(hours) * HOUR;
}

export type FollowUpState = 'overdue' | 'due' | 'due-soon' | 'waiting' | 'none';

export interface FollowUp {
  readonly state: FollowUpState;
  readonly dueAt: number | null;
}

export function followUpOf(record: CaseRecord, now: number, hours: number): FollowUp {
  const dueAt = followUpDueAt(record, hours);
  if (dueAt === null) return { state: 'none', dueAt };
  if (now >= dueAt + OVERDUE_AFTER_MS) return { state: 'overdue', dueAt };
  if (now >= dueAt) return { state: 'due', dueAt };
  if (dueAt - now <= DUE_SOON_MS) return { state: 'due-soon', dueAt };
  return { state: 'waiting', dueAt };
}

const RANK: Readonly<Record<FollowUpState, number>> = { overdue: 0, due: 1, 'due-soon': 2, waiting: 3, none: 3 };

/**
 * The popup's order: overdue, due, due soon (each earliest due first), then the rest by
 * latest contact, resolved cases last. Tombstones are left out.
 */
export function orderForPopup(records: readonly CaseRecord[], now: number, hours: number): CaseRecord[] {
  const keyed = records
    .filter((record) => !record.deleted)
    .map((record) => ({ record, followUp: followUpOf(record, now, hours) }));
  keyed.sort((a, b) => {
    const rank = (x: typeof a) => (x.record.status === 'resolved' ? 4 : RANK[x.followUp.state]);
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) < 3) return (a.followUp.dueAt ?? 0) - (b.followUp.dueAt ?? 0) || compareIds(a.record, b.record);
    return b.record.lastContactAt - a.record.lastContactAt || compareIds(a.record, b.record);
  });
  return keyed.map((k) => k.record);
}

function compareIds(a: CaseRecord, b: CaseRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "Remind me in 24 hours": counted from now, not from the due time, so it never fires at once. */
export function snooze(record: CaseRecord, now: number): CaseRecord {
  return { ...record, nextFollowUpAt: now + SNOOZE_MS, updatedAt: Math.max(now, record.updatedAt) };
}

/** Whole hours since the last message sent, for the notification text. */
export function hoursSinceSent(record: CaseRecord, now: number): number {
  return Math.max(0, Math.floor((now - (record.lastSentAt ?? record.createdAt)) / HOUR));
}
