/**
 * A marketplace's deadline as the worker keeps it (`local:deadline:<code>`): what the notice
 * asked by when, counted from when it was first seen, and which reminders have been shown.
 */
import * as z from 'zod/mini';
import { stateSchema } from '@/lib/account-state/schemas';
import type { AccountState } from '@/lib/account-state/states';
import { keepUnknown } from '@/lib/keep-unknown';
import type { Deadline } from './deadline';

/** Reminders before a deadline, in hours: three days, one day, six hours. */
export const REMINDER_HOURS = [72, 24, 6] as const;
export type ReminderHours = (typeof REMINDER_HOURS)[number];

export const deadlineRecordSchema = keepUnknown({
  /** The account state whose notice gave it: another state's notice replaces it, a healthy account ends it. */
  state: stateSchema,
  /** YYYY-MM-DD in the marketplace's time zone. */
  due: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  dueAt: z.number(),
  /** When the notice's deadline was first read: a period counts from here, on every later visit too. */
  firstSeen: z.number(),
  /** The notice's words that gave it (normalized): the same words seen again are the same deadline. */
  words: z.string().check(z.maxLength(200)),
  /** Reminders shown already (hours before). */
  fired: z.array(z.int()),
});
export type DeadlineRecord = z.infer<typeof deadlineRecordSchema>;

/**
 * What a reading does to the kept deadline: the same words keep the first reading (so a period
 * does not restart on every visit), new words give a new deadline, no words keep what the same
 * state's notice said before, and another state's notice ends it.
 */
export function nextDeadline(
  kept: DeadlineRecord | null,
  state: AccountState,
  read: Deadline | null,
  now: number,
): DeadlineRecord | null {
  const same = kept !== null && kept.state === state;
  if (read === null) return same ? kept : null;
  if (same && kept.words === read.words) return kept;
  return { state, due: read.due, dueAt: read.dueAt, firstSeen: now, words: read.words.slice(0, 200), fired: [] };
}

/** What a page and the popup are told of a deadline: the day, and the days left in the marketplace's calendar. */
export interface DeadlineShown {
  readonly due: string;
  readonly daysLeft: number;
}

export const DEADLINE_ALARM_PREFIX = 'account-deadline:';

export function reminderAlarmName(marketplace: string, hours: ReminderHours): string {
  return `${DEADLINE_ALARM_PREFIX}${marketplace}:${hours}`;
}

export function parseReminderAlarm(name: string): { marketplace: string; hours: ReminderHours } | null {
  if (!name.startsWith(DEADLINE_ALARM_PREFIX)) return null;
  const [marketplace = '', hoursText = ''] = name.slice(DEADLINE_ALARM_PREFIX.length).split(':');
  const hours = REMINDER_HOURS.find((value) => String(value) === hoursText);
  return marketplace && hours !== undefined ? { marketplace, hours } : null;
}

export interface PlannedReminder {
  readonly name: string;
  readonly hours: ReminderHours;
  readonly when: number;
}

/** The reminders still to come: not shown yet, and later than now (the notice itself is the reminder before that). */
export function plannedReminders(marketplace: string, record: DeadlineRecord | null, now: number): PlannedReminder[] {
  if (!record) return [];
  return REMINDER_HOURS.filter((hours) => !record.fired.includes(hours))
    .map((hours) => ({ name: reminderAlarmName(marketplace, hours), hours, when: record.dueAt - hours * 3_600_000 }))
    .filter((reminder) => reminder.when > now);
}
