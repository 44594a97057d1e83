/**
 * Which browser alarms the follow-ups need. The background reconciles after every case change:
 * planFollowUpAlarms gives the wanted set, diffAlarms what to create and clear.
 */
import { isCaseId } from './case-id';
import { followUpDueAt } from './follow-up';
import type { CaseRecord } from './model';

export const FOLLOW_UP_ALARM_PREFIX = 'case-follow-up:';
/** Chrome will not fire an alarm sooner than 30 seconds after it is created. */
export const MIN_ALARM_DELAY_MS = 30_000;
/** Scheduled times closer than this count as the same. */
const SAME_TIME_MS = 1_000;

export function followUpAlarmName(caseId: string): string {
  return `${FOLLOW_UP_ALARM_PREFIX}${caseId}`;
}

export function caseIdFromAlarmName(name: string): string | null {
  if (!name.startsWith(FOLLOW_UP_ALARM_PREFIX)) return null;
  const id = name.slice(FOLLOW_UP_ALARM_PREFIX.length);
  return isCaseId(id) ? id : null;
}

export interface WantedAlarm {
  readonly name: string;
  readonly caseId: string;
  /** The follow-up time itself. */
  readonly dueAt: number;
  /** When to create the alarm for: the due time, or the earliest Chrome allows if that has passed. */
  readonly when: number;
}

/**
 * One alarm per case awaiting a reply, unless a notification for that same due time was
 * already shown (`notified`: case id -> due time); a snooze or a new message changes the due
 * time and so brings the alarm back.
 */
export function planFollowUpAlarms(
  records: readonly CaseRecord[],
  now: number,
  hours: number,
  notified: Readonly<Record<string, number>> = {},
): WantedAlarm[] {
  const wanted: WantedAlarm[] = [];
  for (const record of records) {
    const dueAt = followUpDueAt(record, hours);
    if (dueAt === null || notified[record.id] === dueAt) continue;
    wanted.push({
      name: followUpAlarmName(record.id),
      caseId: record.id,
      dueAt,
      when: Math.max(dueAt, now + MIN_ALARM_DELAY_MS),
    });
  }
  return wanted.sort((a, b) => a.when - b.when || (a.name < b.name ? -1 : 1));
}

export interface ExistingAlarm {
  readonly name: string;
  readonly scheduledTime: number;
}

/**
 * Only alarms with our prefix are touched. An existing alarm anywhere between the due time and
 * the planned time is kept: re-planning a passed due time must not push the alarm back forever.
 */
export function diffAlarms(
  existing: readonly ExistingAlarm[],
  wanted: readonly WantedAlarm[],
): { create: WantedAlarm[]; clear: string[] } {
  const ours = new Map(
    existing.filter((a) => a.name.startsWith(FOLLOW_UP_ALARM_PREFIX)).map((a) => [a.name, a.scheduledTime]),
  );
  const wantedNames = new Set(wanted.map((w) => w.name));
  const create = wanted.filter((w) => {
    const at = ours.get(w.name);
    return at === undefined || at < w.dueAt - SAME_TIME_MS || at > w.when + SAME_TIME_MS;
  });
  const clear = [...ours.keys()].filter((name) => !wantedNames.has(name)).sort();
  return { create, clear };
}

/** Remembers that the notification for this due time was shown. */
export function markNotified(
  notified: Readonly<Record<string, number>>,
  caseId: string,
  dueAt: number,
): Record<string, number> {
  return { ...notified, [caseId]: dueAt };
}

/** Drops entries whose case no longer awaits a reply at that due time (kept small, in local storage). */
export function pruneNotified(
  notified: Readonly<Record<string, number>>,
  records: readonly CaseRecord[],
  hours: number,
): Record<string, number> {
  const live = new Map(records.map((r) => [r.id, followUpDueAt(r, hours)]));
  return Object.fromEntries(Object.entries(notified).filter(([id, dueAt]) => live.get(id) === dueAt));
}
