/**
 * The deadline a notice states (issue #18): a period from when the seller first saw it ("within
 * 17 days", "72 hours") or a date it writes out ("by 12 January 2027"), as a day in the
 * marketplace's time zone. Pure: the worker reads it beside the notice's state.
 */

import { addDays, calendarDateIn, zonedTime } from '@/lib/calendar';
import { normalizeText } from '@/lib/detect/normalize';
import { compileDates } from './dates';
import { compilePeriods, type DeadlineWords } from './phrases';

export interface Deadline {
  /** YYYY-MM-DD in the marketplace's time zone. */
  readonly due: string;
  /** When it is due: the period's end, or the end of the day a date names. */
  readonly dueAt: number;
  /** The notice's words that gave it, as normalized. */
  readonly words: string;
}

export interface DeadlineContext {
  /** When the notice was first seen: periods count from it, and a date before it is history, not a deadline. */
  readonly from: number;
  readonly timeZone: string;
}

export type DeadlineReader = (text: string, context: DeadlineContext) => Deadline | null;

const UNIT_MS = { day: 86_400_000, hour: 3_600_000 } as const;
/** A date further ahead than this is not something to do by (a plan's "valid until 2030"). */
const DATE_HORIZON_DAYS = 400;

/**
 * Reads a notice with the phrases of the given packs and the month names of their languages.
 * When a notice gives several, the earliest is the one to meet.
 */
export function compileDeadlineReader(packs: readonly DeadlineWords[]): DeadlineReader {
  const periods = compilePeriods(packs);
  const dates = compileDates(packs.map((pack) => pack.language));
  return (text, { from, timeZone }) => {
    const normalized = normalizeText(text);
    const found: Deadline[] = [];
    for (const { amount, unit, words } of periods(normalized)) {
      const dueAt = from + amount * UNIT_MS[unit];
      found.push({ due: calendarDateIn(dueAt, timeZone), dueAt, words });
    }
    const firstDay = calendarDateIn(from, timeZone);
    const lastDay = addDays(firstDay, DATE_HORIZON_DAYS);
    for (const written of dates(normalized)) {
      const due = written.day;
      if (due < firstDay || due > lastDay) continue;
      // Due as the day ends there: the last minute before the next day's midnight.
      found.push({ due, dueAt: zonedTime(addDays(due, 1), 0, timeZone) - 60_000, words: written.words });
    }
    return found.reduce<Deadline | null>(
      (earliest, next) => (!earliest || next.dueAt < earliest.dueAt ? next : earliest),
      null,
    );
  };
}
