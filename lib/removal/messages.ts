/**
 * Where removal copy lives in public/_locales/<lang>/messages.json. Keys under `removal_` are
 * what the in-page badges and the create-page panel need: the background sends exactly those,
 * in the seller's UI language, so the content script bundles no language's words. Keys for the
 * popup alone start with `removal` plus a capital letter and never travel to a page.
 */
import type { MessageLookup } from '@/lib/content-script/page-messages';
import type { CancelEligibility, EligibilityReason } from './eligibility';
import type { NormalizedStatus } from './vocabulary';

export type { MessageLookup };

export const REMOVAL_MESSAGE_PREFIX = 'removal_';

/** The create-page rules that bite (seed 004), in the order the create flow meets them. */
export const CREATE_RULE_IDS = [
  'return-or-dispose',
  'return-destination',
  'one-order-per-page',
  'cross-border-upload',
  'keep-order-id',
  'fee-per-unit',
  'auto-disposal',
] as const;
export type CreateRuleId = (typeof CREATE_RULE_IDS)[number];

/** "cancellable-unconfirmed" → "cancellableUnconfirmed": message keys allow letters, digits and "_". */
function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export const badgeKey = (eligibility: CancelEligibility) => `removal_badge_${camel(eligibility)}`;
export const reasonKey = (reason: EligibilityReason) => `removal_reason_${camel(reason)}`;
export const createRuleKey = (rule: CreateRuleId) => `removal_createRule_${camel(rule)}`;
export const statusNameKey = (status: NormalizedStatus) => `removalStatus_${camel(status)}`;

/** The way to cancel, one key per step; the second carries the order ID as `$1`. */
export const CANCEL_STEP_KEYS = [
  'removal_cancelStep1',
  'removal_cancelStep2',
  'removal_cancelStep3',
  'removal_cancelStep4',
] as const;

/** The remaining in-page keys, by what they label. */
export const REMOVAL_PAGE_KEYS = {
  cancelStepsTitle: 'removal_cancelStepsTitle',
  processingCaveat: 'removal_processingCaveat',
  createRulesTitle: 'removal_createRulesTitle',
  panelLabel: 'removal_panelLabel',
  hideRules: 'removal_hideRules',
  source: 'removal_source',
} as const;
