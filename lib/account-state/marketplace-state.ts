import type { AccountState } from './states';

/**
 * What a marketplace's row says (docs/DOM-CONTRACT.md, `data-scc-marketplace-state`): its state,
 * `healthy` when the last page that could show one showed none, `unknown` when nothing was seen.
 */
export type MarketplaceState = AccountState | 'healthy' | 'unknown';

export function marketplaceStateOf(record: { readonly state: AccountState | null } | undefined): MarketplaceState {
  if (!record) return 'unknown';
  return record.state ?? 'healthy';
}
