import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { localTimeZone } from '@/lib/calendar';
import { ON_DEMAND_SCRIPT_FILES } from '@/lib/content-script/script-presence';
import { inPageLanguage, messagesWithPrefix } from '@/lib/i18n/load';
import { isMarketplaceCode, marketplaceCodeOf } from '@/lib/marketplaces';
import { onMessage, type ProtocolMap } from '@/lib/messaging';
import {
  DISPOSAL_ALARM_PREFIX,
  type DisposalEntry,
  dueReminders,
  type FiredReminders,
  markFired,
  parseAlarmName,
  plannedAlarms,
  pruneFired,
} from '@/lib/removal/disposal';
import { REMOVAL_MESSAGE_PREFIX } from '@/lib/removal/messages';
import { reminderText } from '@/lib/removal/reminder-text';
import { recordSightings } from '@/lib/removal/seen-orders';
import { NORMALIZED_STATUSES } from '@/lib/removal/vocabulary';
import { createSerialQueue } from '@/lib/serial';
import { disposalEntriesItem, firedRemindersItem, seenOrdersItem } from '@/lib/storage/items/removal';
import { settingsItem } from '@/lib/storage/items/settings';
import { type StorageChanges, watchStorage } from '@/lib/storage/watch';
import { applyAlarmPlan, sellersTranslator, showNotification } from './notify';
import { openPopupFromNotification, openPopupOnClick } from './open-popup';

/** One notification per entry: a later reminder replaces the earlier one. */
const notificationId = (entryId: string) => `${DISPOSAL_ALARM_PREFIX}${entryId}`;

// Seen-order lists and fired reminders are read-modify-write: two tabs reporting at once run one after another.
const serially = createSerialQueue();

const sightingsReportSchema = z.object({
  marketplace: z.string().check(z.maxLength(253)),
  sightings: z
    .array(
      z.object({
        orderId: z.string().check(z.maxLength(200)),
        statusText: z.string().check(z.maxLength(500)),
        status: z.nullable(z.enum(NORMALIZED_STATUSES)),
        amazonInitiated: z.optional(z.boolean()),
        orderType: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
      }),
    )
    .check(z.maxLength(5000)),
});

/** Resolves once every removal task queued so far has run (tests and callers that must see the result). */
export const removalIdle = () => serially(() => Promise.resolve());

/** Shows every reminder due now (including ones missed while the browser was closed), then plans the next alarms. */
export async function replanDisposalReminders(now = Date.now()): Promise<void> {
  const [{ entries }, fired] = await Promise.all([disposalEntriesItem.get(), firedRemindersItem.get()]);
  const zone = localTimeZone();
  let nextFired: FiredReminders = fired;
  const due = dueReminders(entries, fired, now, zone);
  if (due.length > 0) {
    const { language, t } = await sellersTranslator();
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const reminder of due) {
      const entry = byId.get(reminder.entryId) as DisposalEntry;
      await showNotification(notificationId(entry.id), reminderText(entry, reminder, t, language));
      nextFired = markFired(nextFired, reminder.entryId, reminder.daysBefore);
    }
  }
  nextFired = pruneFired(nextFired, entries);
  if (JSON.stringify(nextFired) !== JSON.stringify(fired)) await firedRemindersItem.set(nextFired);

  await applyAlarmPlan(DISPOSAL_ALARM_PREFIX, plannedAlarms(entries, nextFired, now, zone));
}

export async function handleRemovalAlarm(alarm: { name: string }): Promise<void> {
  if (parseAlarmName(alarm.name) === null) return;
  await serially(() => replanDisposalReminders(Date.now()));
}

/** The reminder says what to do in Seller Central; the list of deadlines is in the popup. */
export const handleRemovalNotificationClick = (id: string) => openPopupFromNotification(DISPOSAL_ALARM_PREFIX, id);

/** Who sent a message: the parts of runtime.MessageSender the injection reads. */
interface FrameSender {
  readonly tab?: { readonly id?: number };
  readonly frameId?: number;
  readonly url?: string;
}

/** The removal messages, by name; registered below and called directly by the unit tests. */
export const removalHandlers = {
  /** Manage Orders: the main script's probe saw a row that may be a removal order (lib/removal/probe.dom.ts). */
  async injectRemovalScript(sender: FrameSender): Promise<void> {
    const tabId = sender.tab?.id;
    // Only a Seller Central frame in a real tab gets the script; the manifest's host access says the same.
    if (tabId === undefined || !sender.url || !marketplaceCodeOf(sender.url)) return;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [ON_DEMAND_SCRIPT_FILES['removal-orders']],
    });
  },
  async getRemovalText({
    languages,
  }: Parameters<ProtocolMap['getRemovalText']>[0]): Promise<ReturnType<ProtocolMap['getRemovalText']>> {
    const uiLanguage = inPageLanguage((await settingsItem.get()).language, languages);
    return { uiLanguage, messages: await messagesWithPrefix(uiLanguage, REMOVAL_MESSAGE_PREFIX) };
  },
  async reportRemovalSightings(data: unknown): Promise<void> {
    const parsed = sightingsReportSchema.safeParse(data);
    if (!parsed.success) return;
    const code = parsed.data.marketplace;
    if (!isMarketplaceCode(code) || parsed.data.sightings.length === 0) return;
    await serially(() =>
      seenOrdersItem({ code }).update((state) => recordSightings(state, parsed.data.sightings, Date.now())),
    );
  },
};

function onStorageChanged(changes: StorageChanges): void {
  if (!(disposalEntriesItem.key in changes)) return;
  void serially(() => replanDisposalReminders()).catch((error) =>
    console.error('[scc] disposal planning failed', error),
  );
}

export function registerRemovalHandlers(): void {
  onMessage('injectRemovalScript', ({ sender }) => removalHandlers.injectRemovalScript(sender));
  onMessage('getRemovalText', ({ data }) => removalHandlers.getRemovalText(data));
  onMessage('reportRemovalSightings', ({ data }) => removalHandlers.reportRemovalSightings(data));
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleRemovalAlarm(alarm).catch((error) => console.error('[scc] disposal alarm failed', error));
  });
  openPopupOnClick(DISPOSAL_ALARM_PREFIX);
  watchStorage(onStorageChanged);
  const start = () => {
    void serially(() => replanDisposalReminders()).catch((error) =>
      console.error('[scc] disposal planning failed', error),
    );
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
}
