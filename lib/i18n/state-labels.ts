import type { MarketplaceState } from '@/lib/account-state/marketplace-state';
import { STATE_MESSAGE_NAME } from '@/lib/account-state/message-names';
import type { AccountState } from '@/lib/account-state/states';
import type { AhrStatus } from '@/lib/detect/ahr';
import type { MessageKey } from './translate';

/** The message that names a state to the seller ("On hold"); typed, so a missing message fails the typecheck. */
export function stateLabelKey(state: AccountState): MessageKey {
  return `state_${STATE_MESSAGE_NAME[state]}` as const;
}

/** What to do first about a state: the overlay card's first step, so the popup and the card agree. */
export function firstStepKey(state: AccountState): MessageKey {
  return `overlay_${STATE_MESSAGE_NAME[state]}_step1` as const;
}

/** A marketplace row's word for its state, healthy and not-seen included. */
export function marketplaceStateKey(state: MarketplaceState): MessageKey {
  if (state === 'healthy') return 'state_healthy';
  if (state === 'unknown') return 'state_unknown';
  return stateLabelKey(state);
}

const AHR_STATUS_KEY: Readonly<Record<AhrStatus, MessageKey>> = {
  healthy: 'ahrStatus_healthy',
  'at-risk': 'ahrStatus_atRisk',
  critical: 'ahrStatus_critical',
};

/** The Account Health Rating's status in words ("At risk"), as the history and the export name it. */
export function ahrStatusKey(status: AhrStatus): MessageKey {
  return AHR_STATUS_KEY[status];
}
