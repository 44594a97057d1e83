/**
 * Calendar dates (YYYY-MM-DD) and wall-clock times in a named time zone, with the platform's
 * Intl only: deadlines are counted in calendar days where they fall (the seller's zone for a
 * disposal, the marketplace's for a notice), not in 24-hour steps (which drift by an hour across
 * daylight-saving changes).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC midnight of a valid YYYY-MM-DD date, or null (also for 2025-02-30). */
export function parseCalendarDate(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? time
    : null;
}

export function isCalendarDate(date: string): boolean {
  return parseCalendarDate(date) !== null;
}

function formatUtcDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function requireDate(date: string): number {
  const time = parseCalendarDate(date);
  if (time === null) throw new RangeError(`Not a calendar date: ${date}`);
  return time;
}

export function addDays(date: string, days: number): string {
  return formatUtcDate(requireDate(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((requireDate(to) - requireDate(from)) / DAY_MS);
}

/** The time zone itself when the platform knows it, else UTC: a bad stored value must not break reminders. */
export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The browser's time zone: where the seller is. */
export function localTimeZone(): string {
  return safeTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(time: number, timeZone: string): WallClock {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(time)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** The calendar date at `time` in `timeZone`. */
export function calendarDateIn(time: number, timeZone: string): string {
  const { year, month, day } = wallClock(time, safeTimeZone(timeZone));
  return formatUtcDate(Date.UTC(year, month - 1, day));
}

/** Offset of the zone from UTC at an instant, in ms. */
function offsetAt(time: number, timeZone: string): number {
  const c = wallClock(time, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
  return asUtc - Math.floor(time / 60000) * 60000;
}

/**
 * The instant a wall-clock hour on a date happens in a zone. On a daylight-saving change the
 * offset after the change is used, so a reminder is never skipped.
 */
export function zonedTime(date: string, hour: number, timeZone: string): number {
  const zone = safeTimeZone(timeZone);
  const wall = requireDate(date) + hour * 60 * 60 * 1000;
  const first = wall - offsetAt(wall, zone);
  return wall - offsetAt(first, zone);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date as the seller's language writes it ("3 Dec 2025", "3. Dez. 2025"; with `long`,
 * "3 December 2025"); the input as is when invalid.
 */
export function formatCalendarDate(date: string, locale: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  const time = parseCalendarDate(date);
  if (time === null) return date;
  let format = dateFormats.get(`${dateStyle}:${locale}`);
  if (!format) {
    // The date is a day, not an instant: formatted at UTC midnight in UTC, it never shifts by a zone.
    format = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' });
    dateFormats.set(`${dateStyle}:${locale}`, format);
  }
  return format.format(time);
}
