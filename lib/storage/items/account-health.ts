/**
 * The Account Health Rating's history, one item per marketplace code
 * (`local:ratingHistory:<code>`; shape in lib/account-health/rating-history.ts). Readings
 * cannot be seen again once Amazon's page has moved on, so backups carry them.
 */

import {
  mergeRatingHistories,
  NO_RATING_HISTORY,
  type RatingHistory,
  ratingHistorySchema,
} from '@/lib/account-health/rating-history';
import type { MergeOutcome } from '@/lib/backup/registry';
import { sameData } from '@/lib/canonical-json';
import { defineItemFamily } from '../stored-item';

export function mergeImportedRatingHistory(
  current: RatingHistory,
  incoming: RatingHistory,
): MergeOutcome<RatingHistory> {
  const merged = mergeRatingHistories(current, incoming);
  return sameData(merged, current)
    ? { status: 'unchanged', reason: sameData(current, incoming) ? 'identical' : 'current-newer' }
    : { status: 'updated', reason: 'merged', value: merged };
}

export const ratingHistories = defineItemFamily<RatingHistory>({
  prefix: 'local:ratingHistory:',
  schema: ratingHistorySchema,
  fallback: NO_RATING_HISTORY,
  version: 1,
  backup: 'user-data',
  backupId: 'ratingHistory',
  merge: mergeImportedRatingHistory,
});
