import { STATE_MESSAGE_NAME } from '@/lib/account-state/message-names';
import type { AccountState } from '@/lib/account-state/states';
import type { MessageKey } from './translate';

/** The message that names a state to the seller ("On hold"); typed, so a missing message fails the typecheck. */
export function stateLabelKey(state: AccountState): MessageKey {
  return `state_${STATE_MESSAGE_NAME[state]}` as const;
}
