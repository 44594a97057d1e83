/**
 * What a removal badge's tooltip says: why the order can or cannot be cancelled and, while it
 * can, the exact way to do it in Seller Central. The words come from messages.json (see
 * messages.ts) through a lookup, so the same code serves the page and the popup.
 */
import type { CancelEligibility, EligibilityReason } from './eligibility';
import {
  badgeKey,
  CANCEL_STEP_KEYS,
  CREATE_RULE_IDS,
  type CreateRuleId,
  createRuleKey,
  type MessageLookup,
  REMOVAL_PAGE_KEYS,
  reasonKey,
} from './messages';

export interface CancelGuidance {
  /** Short badge text. */
  readonly label: string;
  readonly why: string;
  /** Present only while a cancel can still be sent. */
  readonly steps: { readonly title: string; readonly items: readonly string[] } | null;
  /** Present for Processing / In Process. */
  readonly caveat: string | null;
}

/** Chrome's `$1` substitution (and `$$` for a dollar sign), for messages read from a catalog. */
function withSubstitution(message: string, value: string): string {
  return message.replace(/\$(\$|1)/g, (_, token: string) => (token === '$' ? '$' : value));
}

/** A cancel can still be sent: Planning and Pending for sure, Processing perhaps. */
export function canSendCancel(eligibility: CancelEligibility): boolean {
  return eligibility === 'cancellable' || eligibility === 'cancellable-unconfirmed';
}

export function cancelGuidance(
  verdict: { readonly eligibility: CancelEligibility; readonly reason: EligibilityReason },
  lookup: MessageLookup,
  orderId: string,
): CancelGuidance {
  const read = (key: string) => lookup(key) ?? '';
  return {
    label: read(badgeKey(verdict.eligibility)),
    why: read(reasonKey(verdict.reason)),
    steps: canSendCancel(verdict.eligibility)
      ? {
          title: read(REMOVAL_PAGE_KEYS.cancelStepsTitle),
          items: CANCEL_STEP_KEYS.map((key) => withSubstitution(read(key), orderId)),
        }
      : null,
    caveat: verdict.eligibility === 'cancellable-unconfirmed' ? read(REMOVAL_PAGE_KEYS.processingCaveat) : null,
  };
}

export interface CreatePageRules {
  readonly title: string;
  readonly rules: readonly { readonly id: CreateRuleId; readonly text: string }[];
}

/** The rules that bite on the create page, in the order the seller meets them. */
export function createPageRules(lookup: MessageLookup): CreatePageRules {
  return {
    title: lookup(REMOVAL_PAGE_KEYS.createRulesTitle) ?? '',
    rules: CREATE_RULE_IDS.map((id) => ({ id, text: lookup(createRuleKey(id)) ?? '' })),
  };
}
