/** Whether a dismissed card stays dismissed: same marketplace and state, and fewer than 7 days ago. */
import type { AccountState } from '@/lib/account-state/states';
import { DISMISSAL_DAYS } from './limits';

export interface DismissalRecord {
  readonly state: AccountState;
  readonly at: number;
}

export function isDismissed(dismissal: DismissalRecord | null, state: AccountState, now: number): boolean {
  if (!dismissal || dismissal.state !== state) return false;
  const age = now - dismissal.at;
  return age >= 0 && age < DISMISSAL_DAYS * 24 * 60 * 60 * 1000;
}
