import { sellerCentralUrl } from '@/lib/marketplaces';
import { caseMarketplace } from './case-marketplace';
import type { CaseRecord } from './model';

/** The case's page on its own marketplace; a host this version does not know falls back to the US one. */
export function caseUrl(record: Pick<CaseRecord, 'id' | 'marketplace'>): string {
  const path = `/cu/case-dashboard/view-case?caseID=${encodeURIComponent(record.id)}`;
  return sellerCentralUrl(caseMarketplace(record) ?? 'US', path);
}
