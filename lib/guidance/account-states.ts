/**
 * The five account states detection reports (DESIGN "Detection"), most severe first.
 * Kept free of imports so the content script, popup and background can all share it.
 */
export const ACCOUNT_STATES = ['deactivated', 'on-hold', 'under-review', 'verification-required', 'at-risk'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export function isAccountState(value: unknown): value is AccountState {
  return typeof value === 'string' && (ACCOUNT_STATES as readonly string[]).includes(value);
}
