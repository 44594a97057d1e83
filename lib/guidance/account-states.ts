/**
 * The five account states, most severe first. One definition for the whole extension: it lives
 * with the phrase tables (lib/phrases/types.ts), which the content script already loads.
 */
import { type AccountState, STATES_BY_SEVERITY } from '@/lib/account-state/states';

export type { AccountState };
export const ACCOUNT_STATES = STATES_BY_SEVERITY;

export function isAccountState(value: unknown): value is AccountState {
  return typeof value === 'string' && (ACCOUNT_STATES as readonly string[]).includes(value);
}
