/**
 * One marketplace's Account Health Rating over time: the last reading of each day (in the
 * marketplace's time zone), two years of them, and before that one summary per month, so ten
 * years of visits fit in a few kilobytes and nothing is dropped without a trace.
 */
import * as z from 'zod/mini';
import { AHR_MAX } from '@/lib/detect/ahr';
import { keepUnknown } from '@/lib/keep-unknown';
import { RATING_DAYS_KEPT } from './limits';
import type { RatingReading } from './rating-on-page';

const ratingSchema = z.nullable(z.int().check(z.minimum(0), z.maximum(AHR_MAX)));
const statusSchema = z.nullable(z.enum(['healthy', 'at-risk', 'critical']));

export const ratingDaySchema = keepUnknown({
  /** YYYY-MM-DD in the marketplace's time zone. */
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** When it was read (the last reading of that day wins). */
  at: z.number(),
  rating: ratingSchema,
  status: statusSchema,
});
export type RatingDay = z.infer<typeof ratingDaySchema>;

export const ratingMonthSchema = keepUnknown({
  /** YYYY-MM. */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  /** Days with a reading that month. */
  days: z.int().check(z.minimum(1)),
  /** Lowest and highest number read; null when only statuses were shown. */
  min: ratingSchema,
  max: ratingSchema,
  /** The month's last reading. */
  last: ratingSchema,
  lastStatus: statusSchema,
});
export type RatingMonth = z.infer<typeof ratingMonthSchema>;

export const ratingHistorySchema = keepUnknown({
  /** Oldest first. */
  days: z.array(ratingDaySchema),
  /** Oldest first; all before the first kept day. */
  months: z.array(ratingMonthSchema),
});
export type RatingHistory = z.infer<typeof ratingHistorySchema>;

export const NO_RATING_HISTORY: RatingHistory = { days: [], months: [] };

function summaryOf(month: string, days: readonly RatingDay[]): RatingMonth {
  let min: number | null = null;
  let max: number | null = null;
  for (const { rating } of days) {
    if (rating === null) continue;
    min = min === null ? rating : Math.min(min, rating);
    max = max === null ? rating : Math.max(max, rating);
  }
  const last = days.at(-1);
  return { month, days: days.length, min, max, last: last?.rating ?? null, lastStatus: last?.status ?? null };
}

const monthOf = (entry: RatingDay) => entry.day.slice(0, 7);
const byKey =
  <T>(key: (value: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Whole months beyond the kept window become one summary each, oldest first: a month is either
 * summarized or kept day by day, never half of each, so two histories can be joined exactly.
 */
function bounded(history: RatingHistory): RatingHistory {
  let { days, months } = history;
  while (days.length > RATING_DAYS_KEPT) {
    const month = monthOf(days[0] as RatingDay);
    const end = days.findIndex((entry) => monthOf(entry) !== month);
    const folded = end < 0 ? days : days.slice(0, end);
    months = [...months, summaryOf(month, folded)];
    days = end < 0 ? [] : days.slice(end);
  }
  return days === history.days ? history : { ...history, days, months };
}

/**
 * The history with a new reading: that day's reading is replaced by a later one (a reading
 * stamped earlier, after the clock was set back, does not overwrite it), days stay in order.
 * Null when nothing changes.
 */
export function nextRatingHistory(
  history: RatingHistory,
  reading: RatingReading,
  at: number,
  day: string,
): RatingHistory | null {
  const entry: RatingDay = { day, at, rating: reading.rating, status: reading.status };
  const index = history.days.findIndex((known) => known.day >= day);
  const known = index >= 0 ? history.days[index] : undefined;
  if (known?.day === day) {
    if (known.at > at) return null;
    if (known.rating === entry.rating && known.status === entry.status && known.at === at) return null;
    const days = [...history.days];
    days[index] = { ...known, ...entry };
    return { ...history, days };
  }
  // Months up to the last summary are summaries: a reading stamped that far back stays out.
  if (history.months.some((month) => month.month >= day.slice(0, 7))) return null;
  const days =
    index < 0 ? [...history.days, entry] : [...history.days.slice(0, index), entry, ...history.days.slice(index)];
  return bounded({ ...history, days });
}

/**
 * A backup's history joined with this browser's: every day either holds (of a day both hold,
 * the later reading). Up to the last month either side summarized, months are summaries: of
 * the two sides' summaries and the days held for that month, the one that saw more days.
 */
export function mergeRatingHistories(current: RatingHistory, incoming: RatingHistory): RatingHistory {
  const byDay = new Map<string, RatingDay>();
  for (const entry of [...current.days, ...incoming.days]) {
    const known = byDay.get(entry.day);
    if (!known || entry.at > known.at) byDay.set(entry.day, entry);
  }
  const days = [...byDay.values()].sort(byKey((entry) => entry.day));
  const summaries = [...current.months, ...incoming.months];
  const lastSummarized = summaries.reduce((last, { month }) => (month > last ? month : last), '');
  const months = new Map<string, RatingMonth>();
  const consider = (summary: RatingMonth) => {
    const known = months.get(summary.month);
    if (!known || summary.days > known.days) months.set(summary.month, summary);
  };
  for (const summary of summaries) consider(summary);
  const summarizedDays = days.filter((entry) => monthOf(entry) <= lastSummarized);
  for (const month of new Set(summarizedDays.map(monthOf)))
    consider(
      summaryOf(
        month,
        summarizedDays.filter((entry) => monthOf(entry) === month),
      ),
    );
  return bounded({
    ...incoming,
    ...current,
    days: days.filter((entry) => monthOf(entry) > lastSummarized),
    months: [...months.values()].sort(byKey((entry) => entry.month)),
  });
}
