/**
 * Overlay copy per account state. The words live in public/_locales/<lang>/messages.json under
 * `overlay_*` keys (every UI string in one place, one file per language); this module assembles
 * them into the card's shape. The content script receives only those keys, so no language's
 * copy is bundled into it.
 */
import { STATE_MESSAGE_NAME } from '@/lib/account-state/message-names';
import { checklistForState } from '@/lib/checklists/for-state';
import type { ChecklistId } from '@/lib/checklists/types';
import type { UiLanguage } from '@/lib/i18n/translate';
import { ACCOUNT_STATES, type AccountState } from './account-states';
import { CARD_LABEL_FIELDS, STATE_FACT_FIELDS } from './fields';
import { OVERLAY_MESSAGE_PREFIX } from './prefix';
import type { CardLabels, GuidancePack, StateFacts, StateGuidance } from './types';

export { OVERLAY_MESSAGE_PREFIX };

import type { MessageLookup } from '@/lib/content-script/page-messages';

export type { MessageLookup };

export interface OverlayCopy extends StateGuidance {
  readonly labels: CardLabels;
  readonly checklist: ChecklistId;
}

const read = (lookup: MessageLookup, key: string) => lookup(`${OVERLAY_MESSAGE_PREFIX}${key}`) ?? '';

export function cardLabels(lookup: MessageLookup): CardLabels {
  return Object.fromEntries(CARD_LABEL_FIELDS.map((key) => [key, read(lookup, key)])) as unknown as CardLabels;
}

export function stateGuidance(state: AccountState, lookup: MessageLookup): StateGuidance {
  const prefix = `${STATE_MESSAGE_NAME[state]}_`;
  const field = (name: string) => read(lookup, `${prefix}${name}`);
  return {
    title: field('title'),
    summary: field('summary'),
    facts: Object.fromEntries(STATE_FACT_FIELDS.map((key) => [key, field(key)])) as unknown as StateFacts,
    steps: [field('step1'), field('step2'), field('step3')],
    openChecklist: field('openChecklist'),
  };
}

export function overlayCopy(state: AccountState, lookup: MessageLookup): OverlayCopy {
  return { ...stateGuidance(state, lookup), labels: cardLabels(lookup), checklist: checklistForState(state) };
}

/** The whole pack for one language, as the validator and tests see it. */
export function guidancePack(language: UiLanguage, lookup: MessageLookup): GuidancePack {
  const states = Object.fromEntries(ACCOUNT_STATES.map((state) => [state, stateGuidance(state, lookup)]));
  return { language, labels: cardLabels(lookup), states: states as GuidancePack['states'] };
}
