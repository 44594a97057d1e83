import { browser } from 'wxt/browser';
import { STATE_MESSAGE_NAME } from '@/lib/account-state/message-names';
import type { AccountState, Severity } from '@/lib/account-state/states';
import type { MessageKey } from '@/lib/i18n/translate';

/** Badge words come from messages.json (≤ 4 characters each); colours follow severity. */
function badgeKey(state: AccountState): MessageKey {
  return `badge_${STATE_MESSAGE_NAME[state]}` as const;
}

const BADGE_COLOUR: Readonly<Record<Severity, string>> = {
  critical: '#B3261E',
  high: '#B45309',
  warning: '#7A5C00',
};

/** Per tab, so a healthy marketplace in one tab never shows another tab's alarm. */
export async function showBadge(tabId: number, state: AccountState | null, severity: Severity | null): Promise<void> {
  try {
    if (state === null) {
      await browser.action.setBadgeText({ tabId, text: '' });
      return;
    }
    const key = badgeKey(state) as Parameters<typeof browser.i18n.getMessage>[0];
    await browser.action.setBadgeText({ tabId, text: browser.i18n.getMessage(key) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR[severity ?? 'critical'] });
  } catch {
    // The tab closed between the report and the badge: nothing to show it on.
  }
}
