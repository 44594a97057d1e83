/**
 * Which marketplace the Checklists tab shows progress for. In order: the seller's pick in this
 * popup; the Seller Central tab they are looking at; of the marketplace Seller Central was seen
 * on most recently and the one they picked by hand last time, the newer. Null: ask.
 */
import type { LastKnownState } from '@/lib/account-state/schemas';
import { isMarketplaceCode, type Marketplace, type MarketplaceCode, primaryMarketplace } from '@/lib/marketplaces';
import { checklistForState } from './for-state';
import type { RememberedMarket } from './remembered-market';
import type { ChecklistId } from './types';

export type MarketSource = 'picked' | 'tab' | 'recent' | 'remembered';

export interface ResolvedMarket {
  /** On its primary host, which links are built on. */
  readonly market: Marketplace;
  readonly source: MarketSource;
}

export interface MarketInputs {
  readonly picked: MarketplaceCode | null;
  /** The marketplace of the Seller Central tab being looked at. */
  readonly subject: MarketplaceCode | null;
  readonly states: readonly LastKnownState[];
  readonly remembered: RememberedMarket | null;
}

const resolved = (code: MarketplaceCode, source: MarketSource): ResolvedMarket => ({
  market: primaryMarketplace(code),
  source,
});

/** Remembered states of marketplaces this version knows, newest first. */
function knownStates(states: readonly LastKnownState[]) {
  return states
    .flatMap((state) => (isMarketplaceCode(state.marketplace) ? [{ ...state, code: state.marketplace }] : []))
    .sort((a, b) => b.lastSeen - a.lastSeen);
}

export function resolveMarket({ picked, subject, states, remembered }: MarketInputs): ResolvedMarket | null {
  if (picked) return resolved(picked, 'picked');
  if (subject) return resolved(subject, 'tab');
  const recent = knownStates(states)[0];
  const rememberedCode = isMarketplaceCode(remembered?.code) ? remembered.code : undefined;
  const rememberedIsNewer = remembered !== null && (recent === undefined || remembered.at >= recent.lastSeen);
  if (rememberedCode && (rememberedIsNewer || !recent)) return resolved(rememberedCode, 'remembered');
  if (recent) return resolved(recent.code, 'recent');
  return null;
}

export interface Suggestion {
  readonly checklist: ChecklistId;
  /** Where Seller Central showed the state. */
  readonly marketplace: MarketplaceCode;
}

/** The checklist for the state last detected on this marketplace, if one is known. */
export function suggestedChecklist(states: readonly LastKnownState[], market: Marketplace): Suggestion | null {
  const latest = knownStates(states).find((state) => state.code === market.code);
  return latest?.state ? { checklist: checklistForState(latest.state), marketplace: latest.code } : null;
}
