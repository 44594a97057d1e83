/**
 * What the Account Health pages showed over time, one item per marketplace code: the rating's
 * readings (`local:ratingHistory:<code>`; shape in lib/account-health/rating-history.ts), the
 * policy counts and the performance notifications. None can be seen again once Amazon's page
 * has moved on, so backups carry them.
 */

import {
  mergePerformanceNotices,
  NO_PERFORMANCE_NOTICES,
  type PerformanceNotices,
  performanceNoticesSchema,
} from '@/lib/account-health/performance-notices';
import {
  mergePolicyHistories,
  NO_POLICY_HISTORY,
  type PolicyHistory,
  policyHistorySchema,
} from '@/lib/account-health/policy-history';
import {
  mergeRatingHistories,
  NO_RATING_HISTORY,
  type RatingHistory,
  ratingHistorySchema,
} from '@/lib/account-health/rating-history';
import { joinedOutcome } from '@/lib/backup/registry';
import { defineItemFamily } from '../stored-item';

export const ratingHistories = defineItemFamily<RatingHistory>({
  prefix: 'local:ratingHistory:',
  schema: ratingHistorySchema,
  fallback: NO_RATING_HISTORY,
  version: 1,
  backup: 'user-data',
  backupId: 'ratingHistory',
  merge: joinedOutcome(mergeRatingHistories),
});

/** The policy-compliance counts Account Health listed, one item per marketplace code (`local:policyHistory:<code>`). */
export const policyHistories = defineItemFamily<PolicyHistory>({
  prefix: 'local:policyHistory:',
  schema: policyHistorySchema,
  fallback: NO_POLICY_HISTORY,
  version: 1,
  backup: 'user-data',
  backupId: 'policyHistory',
  merge: joinedOutcome(mergePolicyHistories),
});

/**
 * The notifications Performance Notifications listed, one item per marketplace code
 * (`local:performanceNotices:<code>`): Amazon lets them age off its page, so backups carry them.
 */
export const performanceNotices = defineItemFamily<PerformanceNotices>({
  prefix: 'local:performanceNotices:',
  schema: performanceNoticesSchema,
  fallback: NO_PERFORMANCE_NOTICES,
  version: 1,
  backup: 'user-data',
  backupId: 'performanceNotices',
  merge: joinedOutcome(mergePerformanceNotices),
});
