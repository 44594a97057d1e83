/**
 * The rating's history (lib/account-health/rating-history.ts): one reading per marketplace day,
 * two years day by day and whole months summarized before that, joined exactly with a backup's.
 */
import { describe, expect, it } from 'vitest';
import { RATING_DAYS_KEPT } from '@/lib/account-health/limits';
import {
  mergeRatingHistories,
  NO_RATING_HISTORY,
  nextRatingHistory,
  type RatingHistory,
  ratingHistorySchema,
} from '@/lib/account-health/rating-history';

const DAY = 86_400_000;
const START = Date.UTC(2016, 0, 1, 12);
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
const read = (
  history: RatingHistory,
  rating: number | null,
  at: number,
  status: 'healthy' | 'at-risk' | 'critical' | null = null,
) => nextRatingHistory(history, { rating, status }, at, dayOf(at));

/** A reading every day for `count` days from START. */
function daily(count: number, rating = (i: number) => 100 + (i % 900)): RatingHistory {
  let history = NO_RATING_HISTORY;
  for (let i = 0; i < count; i++) history = read(history, rating(i), START + i * DAY) ?? history;
  return history;
}

describe('nextRatingHistory', () => {
  it('keeps the last reading of a day, and days in order', () => {
    let history = read(NO_RATING_HISTORY, 150, START + 2 * DAY) as RatingHistory;
    history = read(history, 120, START) as RatingHistory;
    history = read(history, 130, START + 3600_000) as RatingHistory;
    expect(history.days.map((d) => [d.day, d.rating])).toEqual([
      ['2016-01-01', 130],
      ['2016-01-03', 150],
    ]);
  });

  it('lets no earlier-stamped reading (a clock set back) overwrite a later one of the same day', () => {
    const history = read(NO_RATING_HISTORY, 150, START + 3600_000) as RatingHistory;
    expect(read(history, 90, START)).toBeNull();
    expect(read(history, 150, START + 3600_000)).toBeNull();
  });

  it('keeps a status shown without a number', () => {
    const history = read(NO_RATING_HISTORY, null, START, 'at-risk') as RatingHistory;
    expect(history.days).toEqual([{ day: '2016-01-01', at: START, rating: null, status: 'at-risk' }]);
  });

  it('holds ten years of daily visits in two years of days and one summary per older month', () => {
    const history = daily(3653);
    expect(history.days.length).toBeLessThanOrEqual(RATING_DAYS_KEPT);
    expect(history.days.length).toBeGreaterThan(RATING_DAYS_KEPT - 31);
    expect(history.days.at(-1)?.day).toBe(dayOf(START + 3652 * DAY));
    // Nothing dropped silently: every day is a kept day or counted in its month's summary.
    const counted = history.months.reduce((sum, month) => sum + month.days, 0) + history.days.length;
    expect(counted).toBe(3653);
    expect(history.months[0]).toEqual({ month: '2016-01', days: 31, min: 100, max: 130, last: 130, lastStatus: null });
    // Months are whole, and all before the first kept day.
    expect(history.months.at(-1)?.month.localeCompare(history.days[0]?.day.slice(0, 7) ?? '')).toBe(-1);
    expect(history.days[0]?.day.endsWith('-01')).toBe(true);
    expect(ratingHistorySchema.safeParse(history).success).toBe(true);
    expect(JSON.stringify(history).length).toBeLessThan(80_000);
  });

  it('leaves a summarized month alone when a reading stamped that far back arrives', () => {
    const history = daily(RATING_DAYS_KEPT + 40);
    expect(history.months.length).toBeGreaterThan(0);
    expect(read(history, 500, START + DAY)).toBeNull();
  });
});

describe('the stored shape', () => {
  it('refuses a rating outside 0-1000 or a day that is no date', () => {
    const day = { day: '2026-12-07', at: 1, rating: 150, status: null };
    expect(ratingHistorySchema.safeParse({ days: [day], months: [] }).success).toBe(true);
    for (const bad of [
      { ...day, rating: 1001 },
      { ...day, rating: -1 },
      { ...day, rating: 1.5 },
      { ...day, day: '7.12.2026' },
    ])
      expect(ratingHistorySchema.safeParse({ days: [bad], months: [] }).success, JSON.stringify(bad)).toBe(false);
  });

  it('hands back fields a newer version added, on the history and on each day', () => {
    const stored = {
      days: [{ day: '2026-12-07', at: 1, rating: 150, status: null, source: 'widget' }],
      months: [],
      v9: true,
    };
    const parsed = ratingHistorySchema.parse(stored);
    const next = nextRatingHistory(parsed, { rating: 120, status: 'at-risk' }, 2, '2026-12-07');
    expect(next).toEqual({
      days: [{ day: '2026-12-07', at: 2, rating: 120, status: 'at-risk', source: 'widget' }],
      months: [],
      v9: true,
    });
  });
});

describe('mergeRatingHistories', () => {
  it('joins two browsers’ days, the later reading of a shared day winning', () => {
    const here = read(read(NO_RATING_HISTORY, 150, START) as RatingHistory, 160, START + DAY) as RatingHistory;
    const there = read(
      read(NO_RATING_HISTORY, 140, START + DAY + 1) as RatingHistory,
      250,
      START + 5 * DAY,
    ) as RatingHistory;
    const merged = mergeRatingHistories(here, there);
    expect(merged.days.map((d) => [d.day, d.rating])).toEqual([
      ['2016-01-01', 150],
      ['2016-01-02', 140],
      ['2016-01-06', 250],
    ]);
    expect(mergeRatingHistories(here, here)).toEqual(here);
  });

  it('keeps months summarized on either side as summaries, the one that saw more days winning', () => {
    const long = daily(RATING_DAYS_KEPT + 100);
    const short = daily(60);
    const merged = mergeRatingHistories(short, long);
    expect(merged).toEqual(long);
    expect(mergeRatingHistories(long, short)).toEqual(long);
    const counted = merged.months.reduce((sum, month) => sum + month.days, 0) + merged.days.length;
    expect(counted).toBe(RATING_DAYS_KEPT + 100);
  });
});

describe('trendOf', () => {
  it('gives a Status row the latest reading and up to 30 days of numbers', async () => {
    const { trendOf, TREND_DAYS } = await import('@/lib/account-health/rating-trend');
    expect(trendOf(NO_RATING_HISTORY)).toBeNull();
    const trend = trendOf(daily(40));
    expect(trend?.recent).toHaveLength(TREND_DAYS);
    expect(trend?.rating).toBe(139);
    expect(trend?.recent.at(-1)).toBe(139);
    expect(trend?.day).toBe(dayOf(START + 39 * DAY));
  });
});
