/** The marketplace a workspace URL names (`poa.html?market=SE`), as a marketplace code, or null. */
import { marketplaceChoice } from '@/components/marketplace-choices';

export function marketFromSearch(search: string): string | null {
  const value = new URLSearchParams(search).get('market')?.trim() ?? '';
  if (value === '' || value.length > 253) return null;
  return marketplaceChoice(/^[a-z]{2}$/i.test(value) ? value.toUpperCase() : value)?.code ?? null;
}

/** The same search string naming another marketplace; other parameters are kept. */
export function searchWithMarket(search: string, code: string): string {
  const params = new URLSearchParams(search);
  params.set('market', code);
  return `?${params.toString()}`;
}
