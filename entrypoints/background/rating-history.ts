import { type AccountChange, thresholdCrossed } from '@/lib/account-health/changes';
import { nextRatingHistory } from '@/lib/account-health/rating-history';
import type { PageRating } from '@/lib/account-health/rating-on-page';
import { trendOf } from '@/lib/account-health/rating-trend';
import { marketplaceDay } from '@/lib/account-health/time-zones';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { createSerialQueue } from '@/lib/serial';
import { ratingHistories } from '@/lib/storage/items/account-health';
import { ratingTrends } from '@/lib/storage/items/rating-trends';
import { noteChange } from './changes';

const serially = createSerialQueue();

/**
 * Remembers the rating a page showed, as that marketplace day's reading, and the trend the
 * Status tab shows beside it (issue #18). Two
 * different ratings on one page are not a reading: nothing is kept, and the console says why.
 */
export async function recordRating(marketplace: MarketplaceCode, shown: PageRating, at: number): Promise<void> {
  if (shown.kind === 'ambiguous') {
    console.warn(`[scc] ${marketplace}: the page shows ${shown.ratings.join(' and ')} as its rating; none is kept`);
    return;
  }
  if (shown.kind !== 'one') return;
  let crossed: AccountChange | null = null;
  await serially(async () => {
    const item = ratingHistories.item(marketplace);
    const kept = await item.get();
    const next = nextRatingHistory(kept, shown.reading, at, marketplaceDay(at, marketplace));
    if (!next) return;
    await item.set(next);
    await ratingTrends.item(marketplace).set(trendOf(next));
    // Compared with the last reading before this one (the same day's, when there was one).
    const threshold = thresholdCrossed(kept.days.at(-1)?.rating ?? null, shown.reading.rating);
    if (threshold !== null && shown.reading.rating !== null)
      crossed = { marketplace, at, threshold, rating: shown.reading.rating };
  });
  if (crossed) await noteChange(crossed);
}
