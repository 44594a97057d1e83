/**
 * The one place a case record's marketplace crosses between host and code. Records in sync
 * keep the host they have always kept (`marketplace: 'sellercentral.amazon.de'`): an older
 * version on another browser would set a record holding a code aside as invalid. Everything
 * that reads a record asks here for its code; everything that writes one gets the host here.
 */
import { type MarketplaceCode, marketplaceCodeOf, marketplaceHost } from '@/lib/marketplaces';
import type { CaseRecord } from './model';

type WithMarketplace = Pick<CaseRecord, 'marketplace'>;

/** The record's marketplace; undefined for a host this version does not know (a newer one wrote it). */
export function caseMarketplace(record: WithMarketplace): MarketplaceCode | undefined {
  return marketplaceCodeOf(record.marketplace);
}

/** What a record stores for a marketplace: its primary host. */
export function storedCaseMarketplace(code: MarketplaceCode): string {
  return marketplaceHost(code);
}

/**
 * A short name in notifications and lists: the Amazon domain the seller knows ("amazon.de"), not
 * the Seller Central host name. A host this version does not know is shortened the same way.
 */
export function caseMarketplaceLabel(record: WithMarketplace): string {
  const code = caseMarketplace(record);
  return (code ? marketplaceHost(code) : record.marketplace)
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^sellercentral[.-]/, '');
}
