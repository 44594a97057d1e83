import type { MarketplaceCode } from '@/lib/marketplaces';
import { ratingHistories } from '@/lib/storage/items/account-health';
import { stateHistoryItem } from '@/lib/storage/items/account-state';

/** One marketplace's rating readings and account-state changes, as the history view and the export show them. */
export async function readMarketplaceHistory(marketplace: MarketplaceCode) {
  const [ratings, changes] = await Promise.all([ratingHistories.item(marketplace).get(), stateHistoryItem.get()]);
  return { ratings, changes: changes.filter((change) => change.marketplace === marketplace) };
}
