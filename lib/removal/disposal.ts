/**
 * Disposal deadlines. Amazon keeps unsellable and recalled units for 30 days and then disposes
 * of them automatically unless a removal was requested (seed 004). The seller records when
 * units became unsellable or recalled; we count the deadline and remind 7, 3 and 1 days
 * before it.
 *
 * Days are calendar days in the seller's time zone (the browser's, passed in): Amazon does not
 * say in which zone its 30 days run, and a reminder in the seller's own day is what they act on.
 * The first reminder a week ahead leaves room for that uncertainty.
 *
 * Reminders fire once: the background keeps which ones fired (lib/storage/items/removal.ts) apart from
 * the entries the popup edits, so the two never overwrite each other.
 */
import { addDays, calendarDateIn, daysBetween, zonedTime } from '@/lib/calendar';

export const DISPOSAL_HOLD_DAYS = 30;
export const REMINDER_DAYS_BEFORE = [7, 3, 1] as const;
export type ReminderDays = (typeof REMINDER_DAYS_BEFORE)[number];
/** Local hour reminders go off: the start of a working day. */
export const REMINDER_HOUR = 9;
export const DISPOSAL_REASONS = ['unsellable', 'recalled'] as const;
export type DisposalReason = (typeof DISPOSAL_REASONS)[number];

export interface DisposalEntry {
  readonly id: string;
  /** Calendar date (YYYY-MM-DD) the units became unsellable or recalled. */
  readonly since: string;
  readonly reason: DisposalReason;
  readonly sku?: string;
  readonly fnsku?: string;
  readonly quantity: number;
  readonly note?: string;
  readonly createdAt: number;
  /** Set when the seller has requested a removal (or otherwise dealt with it): no more reminders. */
  readonly resolvedAt?: number;
}

/** Entry id → reminders already shown (days before the deadline). */
export type FiredReminders = Readonly<Record<string, readonly ReminderDays[]>>;

export function deadlineOf(entry: Pick<DisposalEntry, 'since'>): string {
  return addDays(entry.since, DISPOSAL_HOLD_DAYS);
}

/** Calendar days from today (in the zone) to the deadline: 0 on the day itself, negative after it. */
export function daysLeft(entry: Pick<DisposalEntry, 'since'>, now: number, timeZone: string): number {
  return daysBetween(calendarDateIn(now, timeZone), deadlineOf(entry));
}

export function reminderTime(entry: Pick<DisposalEntry, 'since'>, daysBefore: ReminderDays, timeZone: string): number {
  return zonedTime(addDays(deadlineOf(entry), -daysBefore), REMINDER_HOUR, timeZone);
}

export interface DueReminder {
  readonly entryId: string;
  readonly daysBefore: ReminderDays;
  readonly daysLeft: number;
  readonly deadline: string;
}

/**
 * Reminders to show now. Per entry at most one: the most urgent whose time has come and that
 * has not fired. After the deadline nothing is due (the units are gone or the seller acted).
 * Mark what you show with markFired, or it is due again.
 */
export function dueReminders(
  entries: readonly DisposalEntry[],
  fired: FiredReminders,
  now: number,
  timeZone: string,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const entry of entries) {
    if (entry.resolvedAt !== undefined) continue;
    const left = daysLeft(entry, now, timeZone);
    if (left < 0) continue;
    const done = fired[entry.id] ?? [];
    const reached = REMINDER_DAYS_BEFORE.filter((days) => reminderTime(entry, days, timeZone) <= now);
    const mostUrgent = reached.at(-1);
    if (mostUrgent === undefined || done.includes(mostUrgent)) continue;
    due.push({ entryId: entry.id, daysBefore: mostUrgent, daysLeft: left, deadline: deadlineOf(entry) });
  }
  return due;
}

/**
 * Records a reminder as shown, and the earlier ones it made pointless: a seller who is told
 * "1 day left" does not need "3 days left" afterwards.
 */
export function markFired(fired: FiredReminders, entryId: string, daysBefore: ReminderDays): FiredReminders {
  const done = new Set(fired[entryId] ?? []);
  for (const days of REMINDER_DAYS_BEFORE) if (days >= daysBefore) done.add(days);
  return { ...fired, [entryId]: REMINDER_DAYS_BEFORE.filter((days) => done.has(days)) };
}

/** Drops fired-reminder records of entries that no longer exist. */
export function pruneFired(fired: FiredReminders, entries: readonly DisposalEntry[]): FiredReminders {
  const ids = new Set(entries.map((entry) => entry.id));
  return Object.fromEntries(Object.entries(fired).filter(([id]) => ids.has(id)));
}

export const DISPOSAL_ALARM_PREFIX = 'removal-disposal:';

export function alarmName(entryId: string, daysBefore: ReminderDays): string {
  return `${DISPOSAL_ALARM_PREFIX}${entryId}:${daysBefore}`;
}

export function parseAlarmName(name: string): { entryId: string; daysBefore: ReminderDays } | null {
  if (!name.startsWith(DISPOSAL_ALARM_PREFIX)) return null;
  const rest = name.slice(DISPOSAL_ALARM_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  const entryId = rest.slice(0, colon);
  const days = Number(rest.slice(colon + 1));
  const daysBefore = REMINDER_DAYS_BEFORE.find((value) => value === days);
  return colon > 0 && daysBefore !== undefined ? { entryId, daysBefore } : null;
}

export interface PlannedAlarm {
  readonly name: string;
  /** Epoch ms, for `browser.alarms.create(name, { when })`. */
  readonly when: number;
}

/**
 * Alarms to (re)create: every future, unfired reminder of unresolved entries. Reminders whose
 * time has already passed are not scheduled; `dueReminders` picks them up when the background
 * starts or an alarm fires.
 */
export function plannedAlarms(
  entries: readonly DisposalEntry[],
  fired: FiredReminders,
  now: number,
  timeZone: string,
): PlannedAlarm[] {
  const planned: PlannedAlarm[] = [];
  for (const entry of entries) {
    if (entry.resolvedAt !== undefined) continue;
    const done = fired[entry.id] ?? [];
    for (const days of REMINDER_DAYS_BEFORE) {
      const when = reminderTime(entry, days, timeZone);
      if (when > now && !done.includes(days)) planned.push({ name: alarmName(entry.id, days), when });
    }
  }
  return planned.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

export interface NewDisposalEntry {
  readonly since: string;
  readonly reason: DisposalReason;
  readonly quantity: number;
  readonly sku?: string;
  readonly fnsku?: string;
  readonly note?: string;
}

export const MAX_NOTE_LENGTH = 200;
export const MAX_DISPOSAL_ENTRIES = 200;

/** A new entry with blank optional fields left out; throws on a date that is not a calendar date. */
export function createDisposalEntry(
  input: NewDisposalEntry,
  now: number,
  id: string = crypto.randomUUID(),
): DisposalEntry {
  deadlineOf(input); // validates the date
  if (!Number.isInteger(input.quantity) || input.quantity < 1)
    throw new RangeError('quantity must be a positive whole number');
  const optional = (value: string | undefined, length: number) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed.slice(0, length) : undefined;
  };
  const sku = optional(input.sku, 100);
  const fnsku = optional(input.fnsku, 20);
  const note = optional(input.note, MAX_NOTE_LENGTH);
  return {
    id,
    since: input.since,
    reason: input.reason,
    quantity: input.quantity,
    ...(sku ? { sku } : {}),
    ...(fnsku ? { fnsku } : {}),
    ...(note ? { note } : {}),
    createdAt: now,
  };
}

/**
 * The list with a new entry. At the cap, the oldest resolved entry makes room; a list full of
 * open deadlines refuses (RangeError) rather than silently dropping one.
 */
export function withEntry(entries: readonly DisposalEntry[], entry: DisposalEntry): DisposalEntry[] {
  if (entries.length < MAX_DISPOSAL_ENTRIES) return [...entries, entry];
  const resolved = entries
    .filter((existing) => existing.resolvedAt !== undefined)
    .sort((a, b) => (a.resolvedAt ?? 0) - (b.resolvedAt ?? 0))[0];
  if (!resolved) throw new RangeError(`at most ${MAX_DISPOSAL_ENTRIES} open disposal deadlines`);
  return [...entries.filter((existing) => existing !== resolved), entry];
}

/** Marks an entry dealt with (removal requested): its reminders stop. */
export function resolveEntry(entries: readonly DisposalEntry[], id: string, now: number): DisposalEntry[] {
  return entries.map((entry) =>
    entry.id === id && entry.resolvedAt === undefined ? { ...entry, resolvedAt: now } : entry,
  );
}

export function withoutEntry(entries: readonly DisposalEntry[], id: string): DisposalEntry[] {
  return entries.filter((entry) => entry.id !== id);
}

/** Soonest deadline first (what needs acting on), resolved entries last. */
export function sortByDeadline(entries: readonly DisposalEntry[]): DisposalEntry[] {
  return [...entries].sort(
    (a, b) =>
      Number(a.resolvedAt !== undefined) - Number(b.resolvedAt !== undefined) ||
      a.since.localeCompare(b.since) ||
      a.createdAt - b.createdAt,
  );
}
