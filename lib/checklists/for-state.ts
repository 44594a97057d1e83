/**
 * Which checklist the popup opens for a detected account state, and which others are worth
 * offering next to it. The first entry of each list is the one to open.
 *
 * - deactivated: the appeal checklist first; the first-days list says what not to do meanwhile.
 * - on-hold: find the cause and answer it; the while-on-hold list covers conduct during the wait.
 * - under-review: a review is one of the usual reasons for a hold, and the seller's work is the
 *   same (read what Amazon examines, supply exactly those documents, answer through the case log).
 * - verification-required: missing or wrong seller information is a hold cause too; the hold list
 *   (read the notice, gather the documents it names, submit them) is the fitting procedure.
 * - at-risk: nothing is blocked yet; the prevention routine starts with Account Health and the
 *   flagged items, and the hold list is there if Amazon asks for a Plan of Action.
 */
import type { AccountState } from '@/lib/guidance/account-states';
import type { ChecklistId } from './types';

export const CHECKLISTS_FOR_STATE: Readonly<Record<AccountState, readonly [ChecklistId, ...ChecklistId[]]>> = {
  deactivated: ['deactivated', 'first-days'],
  'on-hold': ['hold', 'while-on-hold'],
  'under-review': ['hold', 'while-on-hold'],
  'verification-required': ['hold'],
  'at-risk': ['prevention', 'hold'],
};

export function checklistForState(state: AccountState): ChecklistId {
  return CHECKLISTS_FOR_STATE[state][0];
}
