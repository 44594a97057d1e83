/**
 * Where the history view draws things (issue #18), as numbers in the chart's own units: the
 * rating's line over time with the 100 and 200 thresholds, months older than the daily window
 * as low-high bars, and account-state periods as bands beneath. Pure, so it is tested apart
 * from the SVG that draws it.
 */
import type { AccountState } from '@/lib/account-state/states';
import { AHR_MAX } from '@/lib/detect/ahr';
import type { RatingHistory } from './rating-history';

export const CHART = {
  width: 360,
  height: 150,
  left: 34,
  right: 8,
  top: 8,
  plotBottom: 112,
  bandTop: 118,
  bandBottom: 128,
};
/** Seller Central's thresholds: below 200 the account is at risk, below 100 critical. */
export const THRESHOLDS = [200, 100] as const;
const DAY_MS = 86_400_000;
/** A history of one reading still spans a week, so its point is not pinned to an edge. */
const MIN_SPAN_MS = 7 * DAY_MS;

export interface StatePeriod {
  readonly state: AccountState | null;
  readonly from: number;
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly rating: number;
  readonly day: string;
}

export interface ChartGeometry {
  readonly points: readonly ChartPoint[];
  /** SVG path through the points, oldest first; empty without two points. */
  readonly line: string;
  readonly months: ReadonlyArray<{
    readonly x: number;
    readonly top: number;
    readonly bottom: number;
    readonly month: string;
  }>;
  readonly thresholds: ReadonlyArray<{ readonly value: number; readonly y: number }>;
  readonly bands: ReadonlyArray<{ readonly x: number; readonly width: number; readonly state: AccountState }>;
  readonly yMax: number;
  readonly from: number;
  readonly to: number;
}

/** Noon UTC of a YYYY-MM-DD day: a day's point sits mid-day, whatever the zone. */
export function dayInstant(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
}

function monthInstant(month: string): number {
  const [year, index] = month.split('-').map(Number);
  return Date.UTC(year ?? 1970, (index ?? 1) - 1, 15, 12);
}

/** The top of the scale: the highest rating with room above it, at least 300 so both thresholds show. */
function scaleTop(ratings: readonly number[]): number {
  const highest = Math.max(0, ...ratings);
  return Math.min(AHR_MAX, Math.max(300, Math.ceil((highest * 1.1) / 100) * 100));
}

export function chartGeometry(history: RatingHistory, periods: readonly StatePeriod[], now: number): ChartGeometry {
  const dayRatings = history.days.flatMap((entry) =>
    entry.rating === null ? [] : [{ ...entry, rating: entry.rating }],
  );
  const monthRanges = history.months.flatMap((month) =>
    month.min === null || month.max === null ? [] : [{ month: month.month, min: month.min, max: month.max }],
  );
  const instants = [
    ...dayRatings.map((entry) => dayInstant(entry.day)),
    ...monthRanges.map((month) => monthInstant(month.month)),
    ...periods.map((period) => period.from),
  ];
  const to = Math.max(now, ...instants);
  const from = Math.min(to - MIN_SPAN_MS, ...instants);
  const yMax = scaleTop([...dayRatings.map((entry) => entry.rating), ...monthRanges.map((month) => month.max)]);
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const x = (at: number) => CHART.left + ((at - from) / (to - from)) * plotWidth;
  const y = (rating: number) => CHART.plotBottom - (Math.min(rating, yMax) / yMax) * (CHART.plotBottom - CHART.top);
  const round = (value: number) => Math.round(value * 10) / 10;
  const points = dayRatings.map((entry) => ({
    x: round(x(dayInstant(entry.day))),
    y: round(y(entry.rating)),
    rating: entry.rating,
    day: entry.day,
  }));
  const sorted = [...periods].sort((a, b) => a.from - b.from);
  const bands = sorted.flatMap((period, i) => {
    if (period.state === null) return [];
    const start = x(period.from);
    const end = x(sorted[i + 1]?.from ?? to);
    return [{ x: round(start), width: round(Math.max(1, end - start)), state: period.state }];
  });
  return {
    points,
    line: points.length > 1 ? points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ') : '',
    months: monthRanges.map((month) => ({
      x: round(x(monthInstant(month.month))),
      top: round(y(month.max)),
      bottom: round(y(month.min)),
      month: month.month,
    })),
    thresholds: THRESHOLDS.map((value) => ({ value, y: round(y(value)) })),
    bands,
    yMax,
    from,
    to,
  };
}
