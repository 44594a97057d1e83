/**
 * Which marketplace the Checklists tab shows progress for. In order: the seller's pick in this
 * popup; the Seller Central tab they are looking at; of the marketplace Seller Central was seen
 * on most recently and the one they picked by hand last time, the newer. Null: ask.
 */
import { marketplaceChoice } from '@/components/marketplace-choices';
import type { LastKnownState } from '@/lib/account-state/schemas';
import { checklistForState } from '@/lib/checklists/for-state';
import type { RememberedMarket } from '@/lib/checklists/remembered-market';
import type { ChecklistId } from '@/lib/checklists/types';
import { type Marketplace, marketplaceForHost } from '@/lib/marketplaces';

export type MarketSource = 'picked' | 'tab' | 'recent' | 'remembered';

export interface ResolvedMarket {
  readonly market: Marketplace;
  /** The host links are built on: the seller's own host when we know it. */
  readonly host: string;
  readonly source: MarketSource;
}

export interface MarketInputs {
  readonly picked: string | null;
  readonly subjectHost: string | null;
  readonly states: readonly LastKnownState[];
  readonly remembered: RememberedMarket | null;
}

export function resolveMarket({ picked, subjectHost, states, remembered }: MarketInputs): ResolvedMarket | null {
  const pickedMarket = marketplaceChoice(picked);
  if (pickedMarket) return { market: pickedMarket, host: pickedMarket.host, source: 'picked' };
  const tabMarket = subjectHost ? marketplaceChoice(subjectHost) : null;
  if (tabMarket && subjectHost) return { market: tabMarket, host: subjectHost.toLowerCase(), source: 'tab' };
  const recent = [...states]
    .filter((state) => marketplaceForHost(state.host) !== null)
    .sort((a, b) => b.lastSeen - a.lastSeen)[0];
  const recentMarket = marketplaceChoice(recent?.host);
  const rememberedMarket = marketplaceChoice(remembered?.code);
  const rememberedIsNewer = remembered !== null && (recent === undefined || remembered.at >= recent.lastSeen);
  if (rememberedMarket && (rememberedIsNewer || !recentMarket)) {
    return { market: rememberedMarket, host: rememberedMarket.host, source: 'remembered' };
  }
  if (recent && recentMarket) return { market: recentMarket, host: recent.host, source: 'recent' };
  return null;
}

export interface Suggestion {
  readonly checklist: ChecklistId;
  /** Where Seller Central showed the state. */
  readonly host: string;
}

/** The checklist for the state last detected on this marketplace (any of its hosts), if one is known. */
export function suggestedChecklist(states: readonly LastKnownState[], market: Marketplace): Suggestion | null {
  const latest = states
    .filter((state) => marketplaceForHost(state.host)?.code === market.code)
    .sort((a, b) => b.lastSeen - a.lastSeen)[0];
  return latest?.state ? { checklist: checklistForState(latest.state), host: latest.host } : null;
}
