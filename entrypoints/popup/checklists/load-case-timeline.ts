/** Reads the saved cases and builds the export's case timeline for one marketplace. */

import { displayTitle } from '@/lib/cases/sync-size';
import type { CaseText } from '@/lib/cases/text';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { readAllCases } from '@/lib/storage/case-store';
import { type CaseTimeline, caseTimeline } from './case-timeline';

export async function loadCaseTimeline(
  marketplace: MarketplaceCode,
  topics: CaseText['topics'],
): Promise<CaseTimeline> {
  const { cases } = await readAllCases();
  return caseTimeline(cases.values(), marketplace, (record, detail) => {
    const title = displayTitle(record, detail?.overflow);
    return title ? `${topics[record.topic]}: ${title}` : topics[record.topic];
  });
}
