/**
 * What a removal badge's tooltip says, per extension UI language: why the order can or
 * cannot be cancelled and, while it can, the exact way to do it in Seller Central.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import type { CancelEligibility, EligibilityReason } from './eligibility';
import { da } from './text/da';
import { de } from './text/de';
import { en } from './text/en';
import { sv } from './text/sv';
import { CREATE_RULE_IDS, type CreateRuleId, type RemovalText } from './text/types';

export const REMOVAL_TEXTS: Readonly<Record<UiLanguage, RemovalText>> = { en, da, sv, de };

export interface CancelGuidance {
  /** Short badge text. */
  readonly label: string;
  readonly why: string;
  /** Present only while a cancel can still be sent. */
  readonly steps: { readonly title: string; readonly items: readonly string[] } | null;
  /** Present for Processing / In Process. */
  readonly caveat: string | null;
}

export function cancelGuidance(
  verdict: { readonly eligibility: CancelEligibility; readonly reason: EligibilityReason },
  language: UiLanguage,
  orderId: string,
): CancelGuidance {
  const text = REMOVAL_TEXTS[language];
  const canSend = verdict.eligibility === 'cancellable' || verdict.eligibility === 'cancellable-unconfirmed';
  return {
    label: text.badge[verdict.eligibility],
    why: text.reasons[verdict.reason],
    steps: canSend
      ? { title: text.cancelStepsTitle, items: text.cancelSteps.map((step) => step.replaceAll('{orderId}', orderId)) }
      : null,
    caveat: verdict.eligibility === 'cancellable-unconfirmed' ? text.processingCaveat : null,
  };
}

export interface CreatePageRules {
  readonly title: string;
  readonly rules: readonly { readonly id: CreateRuleId; readonly text: string }[];
}

/** The rules that bite on the create page, in the order the seller meets them. */
export function createPageRules(language: UiLanguage): CreatePageRules {
  const text = REMOVAL_TEXTS[language];
  return { title: text.createRulesTitle, rules: CREATE_RULE_IDS.map((id) => ({ id, text: text.createRules[id] })) };
}
