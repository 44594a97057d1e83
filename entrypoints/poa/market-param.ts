/** The marketplace a workspace URL names (`poa.html?market=SE`), as a marketplace code, or null. */
import { isMarketplaceCode, type MarketplaceCode, marketplaceCodeOf } from '@/lib/marketplaces';

/** `market=se` reads as SE; a Seller Central host (links written before codes) as its code. */
export function marketFromSearch(search: string): MarketplaceCode | null {
  const value = new URLSearchParams(search).get('market')?.trim() ?? '';
  const upper = value.toUpperCase();
  if (isMarketplaceCode(upper)) return upper;
  return value.length > 253 ? null : (marketplaceCodeOf(value) ?? null);
}

/** The same search string naming another marketplace; other parameters are kept. */
export function searchWithMarket(search: string, code: MarketplaceCode): string {
  const params = new URLSearchParams(search);
  params.set('market', code);
  return `?${params.toString()}`;
}
