import { type EarlyRead, earlyRead } from '@/lib/early-read';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { performanceNotices, policyHistories, ratingHistories } from '@/lib/storage/items/account-health';
import { stateHistoryItem } from '@/lib/storage/items/account-state';

/** The items one marketplace's history is read from, for the view to follow them as they change. */
const historyItemsOf = (marketplace: MarketplaceCode) => [
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

export type MarketplaceHistory = Awaited<ReturnType<typeof readMarketplaceHistory>>;

/** Calls `changed` whenever one of the marketplace's history items changes; returns the unsubscribe. */
export function watchMarketplaceHistory(marketplace: MarketplaceCode, changed: () => void): () => void {
  const stops = historyItemsOf(marketplace).map((item) => item.watch(changed));
  return () => {
    for (const stop of stops) stop();
  };
}

/** The read started when the seller asked for a marketplace's history, before its view was drawn. */
let started: { readonly marketplace: MarketplaceCode; readonly read: EarlyRead<MarketplaceHistory> } | null = null;

/**
 * Starts reading a marketplace's history as the seller opens it: the storage round trip then runs
 * while the view's first frame is drawn, instead of after it (issue #18's 50 ms budget).
 */
export function startHistoryRead(marketplace: MarketplaceCode): void {
  if (started?.marketplace !== marketplace) {
    started?.read.take();
    started = {
      marketplace,
      read: earlyRead(() => readMarketplaceHistory(marketplace), {
        staleWhen: (changed) => watchMarketplaceHistory(marketplace, changed),
      }),
    };
  }
  started.read.start();
}

/** The marketplace's history: the read started for it if one waits, otherwise a fresh one. */
export function loadMarketplaceHistory(marketplace: MarketplaceCode): Promise<MarketplaceHistory> {
  return started?.marketplace === marketplace ? started.read.load() : readMarketplaceHistory(marketplace);
}
