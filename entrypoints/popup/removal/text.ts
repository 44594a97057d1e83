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

/** One formatter per language and currency, kept: drawing 100 rows no longer builds 100 of them. */
const FORMATS = new Map<string, Intl.NumberFormat>();
function formatFor(language: string, currency: string): Intl.NumberFormat {
  const key = `${language}|${currency}`;
  let format = FORMATS.get(key);
  if (!format) {
    // Throws for a code that is not an ISO currency: nothing is kept then, and the caller falls back.
    format = new Intl.NumberFormat(language, currency ? { style: 'currency', currency } : {});
    FORMATS.set(key, format);
  }
  return format;
}

/** An amount in its currency; a code that is not ISO is written after the number, as the file wrote it. */
export function formatAmount(language: string, amount: number, currency: string | null): string {
  try {
    if (currency) return formatFor(language, currency).format(amount);
  } catch {
    // Not an ISO currency code: the number alone, then the code as written.
  }
  return `${formatFor(language, '').format(amount)}${currency ? ` ${currency}` : ''}`;
}
