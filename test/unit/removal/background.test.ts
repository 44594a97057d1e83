import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleRemovalAlarm,
  handleRemovalNotificationClick,
  registerRemovalHandlers,
  removalHandlers,
  removalIdle,
  replanDisposalReminders,
} from '@/entrypoints/background/removal';
import { localTimeZone } from '@/lib/calendar';
import { ON_DEMAND_SCRIPT_FILES } from '@/lib/content-script/script-presence';
import { substitute } from '@/lib/i18n/translate';
import { removeAllListeners } from '@/lib/messaging';
import { alarmName, type DisposalEntry, reminderTime, resolveEntry, withoutEntry } from '@/lib/removal/disposal';
import { disposalEntriesItem, firedRemindersItem, seenOrdersItem } from '@/lib/storage/items/removal';
import { settingsItem } from '@/lib/storage/items/settings';
import { servePackagedMessages } from '../../support/packaged-messages';

const LOCALES = join(import.meta.dirname, '../../../public/_locales');
const ENGLISH: Record<string, { message: string }> = JSON.parse(
  readFileSync(join(LOCALES, 'en/messages.json'), 'utf8'),
);
const T0 = Date.UTC(2025, 10, 1, 12);
const HOUR = 3_600_000;
const ZONE = localTimeZone();

/** Units unsellable since Oct 20: disposed of on Nov 19. */
const ENTRY: DisposalEntry = {
  id: 'lamp',
  since: '2025-10-20',
  reason: 'recalled',
  sku: 'NW-LAMP-1',
  quantity: 14,
  createdAt: T0,
};

const notifications = () =>
  fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string }>;

async function ourAlarms(): Promise<Array<{ name: string; scheduledTime: number }>> {
  return (await fakeBrowser.alarms.getAll())
    .filter((alarm) => alarm.name.startsWith('removal-disposal:'))
    .sort((a, b) => a.scheduledTime - b.scheduledTime);
}

async function settled(): Promise<void> {
  // A write can queue a re-plan behind the task that made it: drain until quiet.
  for (let i = 0; i < 4; i++) await removalIdle();
}

/** Chrome drops a one-shot alarm when it fires; the fake keeps it unless told. */
async function fireAt(name: string, time: number): Promise<void> {
  vi.setSystemTime(time);
  await fakeBrowser.alarms.clear(name);
  await handleRemovalAlarm({ name });
  await settled();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  // With the language on "auto" the browser's own i18n answers, in its locale (English here).
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string[]) =>
    substitute(ENGLISH[key]?.message ?? '', substitutions ?? [])) as typeof fakeBrowser.i18n.getMessage);
  servePackagedMessages();
  registerRemovalHandlers();
});

afterEach(async () => {
  await settled();
  removeAllListeners();
  vi.useRealTimers();
});

describe('disposal reminders, with controlled time', () => {
  it('plans alarms 7, 3 and 1 days before the deadline when an entry is saved', async () => {
    await disposalEntriesItem.set({ entries: [ENTRY] });
    await settled();
    expect(await ourAlarms()).toEqual([
      { name: alarmName('lamp', 7), scheduledTime: reminderTime(ENTRY, 7, ZONE) },
      { name: alarmName('lamp', 3), scheduledTime: reminderTime(ENTRY, 3, ZONE) },
      { name: alarmName('lamp', 1), scheduledTime: reminderTime(ENTRY, 1, ZONE) },
    ]);
    expect(Object.keys(notifications())).toEqual([]);
  });

  it('turns each alarm into one notification as time passes, and never repeats one', async () => {
    await disposalEntriesItem.set({ entries: [ENTRY] });
    await settled();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');

    await fireAt(alarmName('lamp', 7), reminderTime(ENTRY, 7, ZONE));
    expect(create).toHaveBeenCalledTimes(1);
    const first = notifications()['removal-disposal:lamp'];
    expect(first?.title).toBe('Disposal in 7 days');
    expect(first?.message).toMatch(/^NW-LAMP-1, 14 units \(Recalled\)\. Amazon disposes of them on Nov 19, 2025/);
    expect(await firedRemindersItem.get()).toEqual({ lamp: [7] });

    // The same alarm again (a restart replaying it) shows nothing new.
    await fireAt(alarmName('lamp', 7), reminderTime(ENTRY, 7, ZONE) + HOUR);
    expect(create).toHaveBeenCalledTimes(1);

    await fireAt(alarmName('lamp', 3), reminderTime(ENTRY, 3, ZONE));
    expect(notifications()['removal-disposal:lamp']?.title).toBe('Disposal in 3 days');
    await fireAt(alarmName('lamp', 1), reminderTime(ENTRY, 1, ZONE));
    expect(notifications()['removal-disposal:lamp']?.title).toBe('Disposal tomorrow');
    expect(create).toHaveBeenCalledTimes(3);
    expect(await firedRemindersItem.get()).toEqual({ lamp: [7, 3, 1] });
    expect(await ourAlarms()).toEqual([]);
  });

  it('catches up once after the browser was closed: only the most urgent reminder, then the rest as alarms', async () => {
    await disposalEntriesItem.set({ entries: [ENTRY] });
    await settled();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    // Closed from before the 7-day reminder until after the 3-day one.
    const later = reminderTime(ENTRY, 3, ZONE) + 2 * HOUR;
    vi.setSystemTime(later);
    await replanDisposalReminders(later);
    expect(create).toHaveBeenCalledTimes(1);
    expect(notifications()['removal-disposal:lamp']?.title).toBe('Disposal in 3 days');
    expect(await firedRemindersItem.get()).toEqual({ lamp: [7, 3] });
    expect((await ourAlarms()).map((alarm) => alarm.name)).toEqual([alarmName('lamp', 1)]);
  });

  it('speaks the UI language chosen in the settings', async () => {
    await settingsItem.set({ language: 'de', followUpHours: 48 });
    await disposalEntriesItem.set({ entries: [ENTRY] });
    await settled();
    await fireAt(alarmName('lamp', 7), reminderTime(ENTRY, 7, ZONE));
    const shown = notifications()['removal-disposal:lamp'];
    expect(shown?.title).toBe('Entsorgung in 7 Tagen');
    expect(shown?.message).toMatch(/14 Einheiten \(Zurückgerufen\)/);
  });

  it('stops reminding once the seller resolves or deletes the entry', async () => {
    const other: DisposalEntry = { ...ENTRY, id: 'mug', sku: 'NW-MUG', since: '2025-10-25' };
    await disposalEntriesItem.set({ entries: [ENTRY, other] });
    await settled();
    expect(await ourAlarms()).toHaveLength(6);
    await disposalEntriesItem.update(({ entries }) => ({ entries: resolveEntry(entries, 'lamp', Date.now()) }));
    await settled();
    expect((await ourAlarms()).every((alarm) => alarm.name.includes(':mug:'))).toBe(true);
    await fireAt(alarmName('mug', 7), reminderTime(other, 7, ZONE));
    expect(await firedRemindersItem.get()).toEqual({ mug: [7] });
    await disposalEntriesItem.update(({ entries }) => ({ entries: withoutEntry(entries, 'mug') }));
    await settled();
    expect((await ourAlarms()).some((alarm) => alarm.name.includes(':mug:'))).toBe(false);
    // The fired record of a deleted entry goes with it.
    expect(await firedRemindersItem.get()).toEqual({});
  });

  it('ignores alarms that are not ours, and opens the popup from its own notification only', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await handleRemovalAlarm({ name: 'case-follow-up:123' });
    expect(create).not.toHaveBeenCalled();
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await handleRemovalNotificationClick('case-follow-up:123');
    expect(openPopup).not.toHaveBeenCalled();
    await handleRemovalNotificationClick('removal-disposal:lamp');
    expect(openPopup).toHaveBeenCalledTimes(1);
  });
});

describe('sightings and page text', () => {
  const SE = 'SE' as const;

  it('keeps what pages report per marketplace, one entry per order, with the status history', async () => {
    await removalHandlers.reportRemovalSightings({
      marketplace: SE,
      sightings: [
        { orderId: 'SE-1', statusText: 'Väntande', status: 'pending', amazonInitiated: false, orderType: 'Retur' },
        { orderId: 'SE-2', statusText: 'Slutförd', status: 'completed' },
      ],
    });
    vi.setSystemTime(T0 + HOUR);
    await removalHandlers.reportRemovalSightings({
      marketplace: SE,
      sightings: [{ orderId: 'SE-1', statusText: 'Annullerad', status: 'cancelled' }],
    });
    const stored = await seenOrdersItem({ code: 'SE' }).get();
    expect(stored.orders.map((order) => order.orderId).sort()).toEqual(['SE-1', 'SE-2']);
    const first = stored.orders.find((order) => order.orderId === 'SE-1');
    expect(first?.history.map((change) => [change.status, change.at])).toEqual([
      ['pending', T0],
      ['cancelled', T0 + HOUR],
    ]);
    expect(first?.lastSeen).toBe(T0 + HOUR);
    expect(first?.orderType).toBe('Retur');
  });

  it('refuses reports from unknown marketplaces and malformed ones', async () => {
    await removalHandlers.reportRemovalSightings({
      marketplace: 'evil.example',
      sightings: [{ orderId: 'X', statusText: 'Pending', status: 'pending' }],
    });
    await removalHandlers.reportRemovalSightings({ marketplace: SE, sightings: 'not a list' });
    await removalHandlers.reportRemovalSightings({ marketplace: SE, sightings: [{ orderId: 42 }] });
    await removalHandlers.reportRemovalSightings({
      marketplace: SE,
      sightings: [{ orderId: 'SE-9', statusText: 'Väntande', status: 'not-a-status' }],
    });
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).filter((key) => key.startsWith('removal:seen:'))).toEqual([]);
  });

  it('injects the removal script into the asking Seller Central frame, and nowhere else', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await removalHandlers.injectRemovalScript({
      tab: { id: 7 },
      frameId: 3,
      url: 'https://sellercentral.amazon.se/orders-v3?page=1',
    });
    expect(inject).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 7, frameIds: [3] },
      files: [ON_DEMAND_SCRIPT_FILES['removal-orders']],
    });
    inject.mockClear();
    await removalHandlers.injectRemovalScript({ tab: { id: 7 }, frameId: 0, url: 'https://example.com/orders-v3' });
    await removalHandlers.injectRemovalScript({ frameId: 0, url: 'https://sellercentral.amazon.se/orders-v3' });
    await removalHandlers.injectRemovalScript({ tab: { id: 7 }, frameId: 0 });
    expect(inject).not.toHaveBeenCalled();
  });

  it('sends the page only the removal_ messages, in the UI language', async () => {
    await settingsItem.set({ language: 'sv', followUpHours: 48 });
    // A pinned language wins over the page's.
    const text = await removalHandlers.getRemovalText({ marketplace: SE, languages: ['de', 'en'] });
    expect(text.uiLanguage).toBe('sv');
    expect(Object.keys(text.messages).every((key) => key.startsWith('removal_'))).toBe(true);
    expect(text.messages.removal_badge_cancellable).toBe('Kan annulleras');
    expect(text.messages.removal_cancelStep2).toContain('$1');
  });

  it('with the language on "auto", speaks the page\'s language, else the browser\'s', async () => {
    await settingsItem.set({ language: 'auto', followUpHours: 48 });
    expect((await removalHandlers.getRemovalText({ marketplace: SE, languages: ['sv', 'en'] })).uiLanguage).toBe('sv');
    expect((await removalHandlers.getRemovalText({ marketplace: SE, languages: ['de', 'sv', 'en'] })).uiLanguage).toBe(
      'de',
    );
    // No language of the page that we ship: the browser's (English in the test browser).
    expect((await removalHandlers.getRemovalText({ marketplace: SE, languages: [] })).uiLanguage).toBe('en');
  });
});
