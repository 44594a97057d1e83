import type { AccountState } from '@/lib/account-state/states';
import type { MessageKey } from './translate';

export const STATE_LABEL: Readonly<Record<AccountState, MessageKey>> = {
  deactivated: 'state_deactivated',
  'on-hold': 'state_onHold',
  'under-review': 'state_underReview',
  'at-risk': 'state_atRisk',
  'verification-required': 'state_verification',
};
