/**
 * Which checklist the popup opens for a detected account state, and which others are worth
 * offering next to it. The first entry of each list is the one to open.
 *
 * - deactivated: the appeal checklist first; the first-days list says what not to do meanwhile.
 * - on-hold: find the cause and answer it; the while-on-hold list covers conduct during the wait.
 * - under-review: read what Amazon examines, supply exactly those documents, answer in the case,
 *   keep orders moving; a Plan of Action only if asked. The while-on-hold list covers the wait.
 * - verification-required: confirm the information the notice names with matching documents,
 *   sent where the notice says; nothing to appeal.
 * - at-risk: nothing is blocked yet; the prevention routine starts with Account Health and the
 *   flagged items, and the hold list is there if Amazon asks for a Plan of Action.
 */
import type { AccountState } from '@/lib/guidance/account-states';
import type { ChecklistId } from './types';

export const CHECKLISTS_FOR_STATE: Readonly<Record<AccountState, readonly [ChecklistId, ...ChecklistId[]]>> = {
  deactivated: ['deactivated', 'first-days'],
  'on-hold': ['hold', 'while-on-hold'],
  'under-review': ['review', 'while-on-hold'],
  'verification-required': ['verification', 'while-on-hold'],
  'at-risk': ['prevention', 'hold'],
};

export function checklistForState(state: AccountState): ChecklistId {
  return CHECKLISTS_FOR_STATE[state][0];
}
