import { browser } from 'wxt/browser';
import { loadTranslator } from '@/lib/i18n/load';
import { settingsItem } from '@/lib/storage/items/settings';

/** What the worker says outside any page (notifications) is in the seller's chosen language. */
export async function sellersTranslator() {
  return loadTranslator((await settingsItem.get()).language);
}

/** A plain notification with the extension's icon; the same id replaces an earlier one. */
export async function showNotification(id: string, text: { title: string; message: string }): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  });
}

/** An existing alarm within this of the wanted time is left alone. */
const SAME_TIME_MS = 1000;

/**
 * Makes the alarms whose names start with `prefix` exactly the wanted ones: others are cleared,
 * a new or moved one is created, one already set for that time is left alone. Alarms of other
 * prefixes are never touched.
 */
export async function applyAlarmPlan(
  prefix: string,
  wanted: readonly { readonly name: string; readonly when: number }[],
): Promise<void> {
  const ours = new Map(
    (await browser.alarms.getAll())
      .filter((alarm) => alarm.name.startsWith(prefix))
      .map((alarm) => [alarm.name, alarm.scheduledTime]),
  );
  const wantedNames = new Set(wanted.map((alarm) => alarm.name));
  for (const name of ours.keys()) if (!wantedNames.has(name)) await browser.alarms.clear(name);
  for (const alarm of wanted) {
    const at = ours.get(alarm.name);
    if (at === undefined || Math.abs(at - alarm.when) > SAME_TIME_MS)
      await browser.alarms.create(alarm.name, { when: alarm.when });
  }
}
