import type { RatingDay } from '@/lib/account-health/rating-history';
import { ratingHistories } from '@/lib/storage/items/account-health';

export interface RatingTrend {
  readonly latest: RatingDay;
  /** The last few weeks' numbers, oldest first, for the row's trend line. */
  readonly recent: readonly number[];
}

/** Days of readings a row's trend line shows. */
const TREND_DAYS = 30;

/** Each marketplace's latest reading and recent trend: read after the Status tab's first paint. */
export async function readRatingTrends(): Promise<ReadonlyMap<string, RatingTrend>> {
  const trends = new Map<string, RatingTrend>();
  for (const { id, value } of await ratingHistories.entries()) {
    const latest = value.days.at(-1);
    if (!latest) continue;
    const recent = value.days.slice(-TREND_DAYS).flatMap((day) => (day.rating === null ? [] : [day.rating]));
    trends.set(id, { latest, recent });
  }
  return trends;
}
