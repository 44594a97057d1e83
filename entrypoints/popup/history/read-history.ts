import type { MarketplaceCode } from '@/lib/marketplaces';
import { performanceNotices, policyHistories, ratingHistories } from '@/lib/storage/items/account-health';
import { stateHistoryItem } from '@/lib/storage/items/account-state';

/** The items one marketplace's history is read from, for the view to follow them as they change. */
export const historyItemsOf = (marketplace: MarketplaceCode) => [
  ratingHistories.item(marketplace),
  policyHistories.item(marketplace),
  performanceNotices.item(marketplace),
  stateHistoryItem,
];

/**
 * One marketplace's rating readings, policy counts, performance notifications and account-state
 * changes, as the history view and the export show them.
 */
export async function readMarketplaceHistory(marketplace: MarketplaceCode) {
  const [ratings, policies, notices, changes] = await Promise.all([
    ratingHistories.item(marketplace).get(),
    policyHistories.item(marketplace).get(),
    performanceNotices.item(marketplace).get(),
    stateHistoryItem.get(),
  ]);
  return { ratings, policies, notices, changes: changes.filter((change) => change.marketplace === marketplace) };
}
