/**
 * Marketplaces as the seller picks them: one entry per marketplace code (aliases such as the
 * two Japanese hosts share progress and drafts), each with the host links are built on.
 */
import { MARKETPLACES, type Marketplace, marketplaceForHost } from '@/lib/marketplaces';

export const MARKETPLACE_CHOICES: readonly Marketplace[] = MARKETPLACES.filter(
  (market, index) => MARKETPLACES.findIndex((other) => other.code === market.code) === index,
);

/** The choice a host or code belongs to, or null for anything that is not Seller Central. */
export function marketplaceChoice(hostOrCode: string | null | undefined): Marketplace | null {
  if (!hostOrCode) return null;
  const code = /^[A-Z]{2}$/.test(hostOrCode) ? hostOrCode : marketplaceForHost(hostOrCode)?.code;
  return MARKETPLACE_CHOICES.find((market) => market.code === code) ?? null;
}
