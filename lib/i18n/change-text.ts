import type { AccountChange } from '@/lib/account-health/changes';
import { stateLabelKey } from './state-labels';
import type { Translate } from './translate';

/**
 * A change for the worse in one line, as the popup lists it and the notification titles it:
 * "Germany: now on hold", "United States: Account Health Rating below 200 (now 150)",
 * "France: “Listing policy violations” went up from 1 to 2".
 */
export function changeTitle(change: AccountChange, marketplaceName: string, t: Translate): string {
  if (change.state) return t('changeState', marketplaceName, t(stateLabelKey(change.state)));
  if (change.policy !== undefined)
    return t('changePolicy', marketplaceName, change.policy, String(change.from ?? 0), String(change.to ?? 0));
  return t('changeRating', marketplaceName, String(change.threshold), String(change.rating));
}
