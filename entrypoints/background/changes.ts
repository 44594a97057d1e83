import { browser } from 'wxt/browser';
import { type AccountChange, kindOfChange, notifiesOf, unseenChanges, withChange } from '@/lib/account-health/changes';
import { changeTitle } from '@/lib/i18n/change-text';
import { marketplaceName } from '@/lib/i18n/marketplace-name';
import { firstStepKey } from '@/lib/i18n/state-labels';
import { createSerialQueue } from '@/lib/serial';
import { accountChangesItem, changesSeenAtItem } from '@/lib/storage/items/account-changes';
import { settingsItem } from '@/lib/storage/items/settings';
import { sellersTranslator, showNotification } from './notify';
import { openPopupOnClick } from './open-popup';

const serially = createSerialQueue();
const NOTIFICATION_PREFIX = 'account-change:';
/** The badge's colour for news: the seller's own tabs show their state's colour over it. */
const NEWS_COLOUR = '#B3261E';

/**
 * The toolbar's badge counts the changes the seller has not seen (on every tab without a state
 * badge of its own); the popup clears it by looking.
 */
async function showUnseenCount(): Promise<void> {
  const [changes, seenAt] = await Promise.all([accountChangesItem.get(), changesSeenAtItem.get()]);
  const count = unseenChanges(changes, seenAt).length;
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: NEWS_COLOUR });
}

/** "Germany: now on hold" with the first step, "United States: rating below 200 (now 150)", or a policy's count going up. */
async function notify(change: AccountChange): Promise<void> {
  const { language, t } = await sellersTranslator();
  const name = marketplaceName(change.marketplace, language);
  const kind = kindOfChange(change);
  const message =
    change.state !== undefined
      ? t(firstStepKey(change.state))
      : kind === 'policy'
        ? t('changePolicyHint')
        : t('changeRatingHint');
  await showNotification(`${NOTIFICATION_PREFIX}${change.marketplace}`, {
    title: changeTitle(change, name, t),
    message,
  });
}

/**
 * A change for the worse, said once: kept for the popup's "since your last visit", counted on the
 * badge, and a system notification when the seller's settings allow it.
 */
export async function noteChange(change: AccountChange): Promise<void> {
  await serially(async () => {
    await accountChangesItem.set(withChange(await accountChangesItem.get(), change));
    await showUnseenCount();
  });
  if (notifiesOf(await settingsItem.get(), kindOfChange(change))) await notify(change);
}

/** Resolves once every change queued so far is kept (tests). */
export const changesIdle = () => serially(() => Promise.resolve());

export function registerChangeHandlers(): void {
  changesSeenAtItem.watch(() => {
    void serially(showUnseenCount).catch((error) => console.error('[scc] badge count failed', error));
  });
  openPopupOnClick(NOTIFICATION_PREFIX);
  const start = () => {
    void serially(showUnseenCount).catch((error) => console.error('[scc] badge count failed', error));
  };
  // The toolbar forgets its badge when the browser restarts or the extension updates.
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
}
