/**
 * The Account Health Rating a page shows, from the evidence the worker reads (the widget's own
 * reading, else the rating written out in text). A page showing two different ratings says
 * nothing reliable about the account: it is reported as ambiguous and not remembered.
 */
import { AHR_MAX, type AhrStatus, type RatingWords, readAccountHealthRating } from '@/lib/detect/ahr';
import type { EvidenceText } from '@/lib/detect/classify';

export interface RatingReading {
  /** 0-1000; null when the page shows only the status ("At Risk") without a number. */
  readonly rating: number | null;
  readonly status: AhrStatus | null;
}

export type PageRating =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly reading: RatingReading }
  | { readonly kind: 'ambiguous'; readonly ratings: readonly number[] };

export function isValidRating(rating: unknown): rating is number {
  return typeof rating === 'number' && Number.isInteger(rating) && rating >= 0 && rating <= AHR_MAX;
}

function readingOf(item: EvidenceText, words: RatingWords): RatingReading | null {
  const found = item.rating ?? readAccountHealthRating(item.text, words);
  if (!found) return null;
  const rating = isValidRating(found.rating) ? found.rating : null;
  if (rating === null && found.status === null) return null;
  return { rating, status: found.status };
}

/** The status Amazon's scale gives a number: 200 and up healthy, 100-199 at risk, below 100 critical. */
export function statusOfRating(rating: number): AhrStatus {
  return rating >= 200 ? 'healthy' : rating >= 100 ? 'at-risk' : 'critical';
}

export function ratingOnPage(evidence: Iterable<EvidenceText>, words: RatingWords): PageRating {
  const readings: RatingReading[] = [];
  for (const item of evidence) {
    const reading = readingOf(item, words);
    if (reading) readings.push(reading);
  }
  const numbers = [...new Set(readings.flatMap((reading) => (reading.rating === null ? [] : [reading.rating])))];
  if (numbers.length > 1) return { kind: 'ambiguous', ratings: numbers };
  const best = readings.find((reading) => reading.rating !== null) ?? readings[0];
  if (!best) return { kind: 'none' };
  // The number and a status word may come from two boxes (the score, and "At Risk" beside it).
  const status =
    best.status ??
    readings.find((reading) => reading.status !== null)?.status ??
    (best.rating === null ? null : statusOfRating(best.rating));
  const statuses = new Set(readings.flatMap((reading) => (reading.status === null ? [] : [reading.status])));
  if (statuses.size > 1 && numbers.length === 0) return { kind: 'none' };
  return { kind: 'one', reading: { rating: best.rating, status } };
}
