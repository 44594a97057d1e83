/**
 * The name each account state goes by in messages.json (public/_locales/<lang>/messages.json):
 * its label is `state_<name>`, its badge word `badge_<name>`, its overlay copy `overlay_<name>_*`.
 * One table for all three, so a new state is one row here plus its messages. Import-free: the
 * content script's overlay reads it.
 */
import type { AccountState } from './states';

export const STATE_MESSAGE_NAME = {
  deactivated: 'deactivated',
  'on-hold': 'onHold',
  'under-review': 'underReview',
  'at-risk': 'atRisk',
  'verification-required': 'verification',
} as const satisfies Readonly<Record<AccountState, string>>;
