import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { CancelEligibility, EligibilityReason } from '@/lib/removal/eligibility';
import { badgeKey, reasonKey, statusNameKey } from '@/lib/removal/messages';
import type { NormalizedStatus } from '@/lib/removal/vocabulary';

/**
 * Removal words the popup builds keys for (one per eligibility, reason or status). The keys
 * exist in every messages.json: a unit test over the catalogs checks each one.
 */
export const eligibilityLabel = (t: Translate, eligibility: CancelEligibility) =>
  t(badgeKey(eligibility) as MessageKey);
export const reasonText = (t: Translate, reason: EligibilityReason) => t(reasonKey(reason) as MessageKey);
export const statusName = (t: Translate, status: NormalizedStatus) => t(statusNameKey(status) as MessageKey);
