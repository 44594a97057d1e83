/**
 * The case timeline for a checklist export: every interaction logged on the marketplace's saved
 * cases, and each case's opening (a new case counts as a message sent when it was opened)
 * unless the log already starts there. Pure; deleted cases are left out.
 */

import { caseMarketplace } from '@/lib/cases/case-marketplace';
import type { CaseRecord } from '@/lib/cases/model';
import type { StoredCase } from '@/lib/cases/stored-case';
import type { CaseTimelineEntry } from '@/lib/checklists/markdown';
import type { MarketplaceCode } from '@/lib/marketplaces';

export interface CaseTimeline {
  /** How many saved cases belong to the marketplace. */
  readonly cases: number;
  readonly entries: readonly CaseTimelineEntry[];
}

export function caseTimeline(
  cases: Iterable<StoredCase>,
  marketplace: MarketplaceCode,
  describeOpening: (record: CaseRecord, detail: StoredCase['detail']) => string,
): CaseTimeline {
  let count = 0;
  const entries: CaseTimelineEntry[] = [];
  for (const { record, detail } of cases) {
    if (record.deleted || caseMarketplace(record) !== marketplace) continue;
    count += 1;
    const log = detail?.log ?? [];
    if (!log.some((entry) => entry.at <= record.createdAt)) {
      entries.push({
        at: record.createdAt,
        caseId: record.id,
        direction: 'sent',
        summary: describeOpening(record, detail),
      });
    }
    for (const entry of log) {
      entries.push({ at: entry.at, caseId: record.id, direction: entry.direction, summary: entry.summary });
    }
  }
  entries.sort((a, b) => a.at - b.at || a.caseId.localeCompare(b.caseId));
  return { cases: count, entries };
}
