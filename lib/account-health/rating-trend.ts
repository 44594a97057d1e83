/**
 * What a Status row shows of a marketplace's rating: the latest reading and the last few weeks'
 * numbers for its trend line. Kept beside the history (which is tens of kilobytes per
 * marketplace) so the popup's list reads a few hundred bytes per row.
 */
import * as z from 'zod/mini';
import { AHR_MAX } from '@/lib/detect/ahr';
import { keepUnknown } from '@/lib/keep-unknown';
import type { RatingHistory } from './rating-history';

/** Days of readings a row's trend line shows. */
export const TREND_DAYS = 30;

const rating = z.int().check(z.minimum(0), z.maximum(AHR_MAX));

export const ratingTrendSchema = keepUnknown({
  /** The latest reading's day (YYYY-MM-DD, the marketplace's calendar). */
  day: z.string(),
  rating: z.nullable(rating),
  status: z.nullable(z.enum(['healthy', 'at-risk', 'critical'])),
  /** The last readings with a number, oldest first. */
  recent: z.array(rating).check(z.maxLength(TREND_DAYS)),
});
export type RatingTrend = z.infer<typeof ratingTrendSchema>;

export function trendOf(history: RatingHistory): RatingTrend | null {
  const latest = history.days.at(-1);
  if (!latest) return null;
  const recent = history.days.slice(-TREND_DAYS).flatMap((day) => (day.rating === null ? [] : [day.rating]));
  return { day: latest.day, rating: latest.rating, status: latest.status, recent };
}
