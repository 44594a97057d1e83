/**
 * Instants and a time zone's calendar: a deadline is a date where the marketplace keeps its
 * calendar, whatever zone the seller's computer is in, and whatever the clocks did in between.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function wallClock(at: number, timeZone: string): Record<string, number> {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(at)) parts[type] = Number(value);
  return parts;
}

/** How far the zone's wall clock is ahead of UTC at an instant (milliseconds). */
function offsetAt(at: number, timeZone: string): number {
  const wall = wallClock(at, timeZone);
  const asUtc = Date.UTC(
    wall.year ?? 0,
    (wall.month ?? 1) - 1,
    wall.day ?? 1,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
  );
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant a wall-clock time of a day (YYYY-MM-DD) is in a zone; across a clock change, the later reading. */
export function zonedInstant(isoDay: string, hour: number, minute: number, timeZone: string): number {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two rounds settle it: the offset at the guess can differ from the offset at the answer.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}

/** The day (YYYY-MM-DD) an instant falls on in a zone. */
export function zonedDay(at: number, timeZone: string): string {
  const wall = wallClock(at, timeZone);
  const pad = (value: number | undefined, size: number) => String(value ?? 0).padStart(size, '0');
  return `${pad(wall.year, 4)}-${pad(wall.month, 2)}-${pad(wall.day, 2)}`;
}

/** Whole calendar days from one day to another (YYYY-MM-DD), negative when it is past. */
export function daysBetween(fromDay: string, toDay: string): number {
  const utc = (day: string) => {
    const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(toDay) - utc(fromDay)) / 86_400_000);
}
