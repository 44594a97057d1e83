import { sellerCentralUrl } from '@/lib/marketplaces';
import type { CaseRecord } from './model';

/** The case's page on its own marketplace; an unknown host falls back to the US one. */
export function caseUrl(record: Pick<CaseRecord, 'id' | 'marketplace'>): string {
  return sellerCentralUrl(record.marketplace, `/cu/case-dashboard/view-case?caseID=${encodeURIComponent(record.id)}`);
}
