import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  caseHandlers,
  casesIdle,
  handleAlarm,
  handleNotificationButton,
  handleNotificationClick,
  MAINTENANCE_ALARM,
  registerCaseHandlers,
  replanFollowUps,
  SYNC_FLUSH_ALARM,
} from '@/entrypoints/background/cases';
import type { CaseRecord } from '@/lib/cases/model';
import { caseStatusFromPage } from '@/lib/cases/page-status';
import { removeAllListeners } from '@/lib/messaging';
import { readAllCases } from '@/lib/storage/case-store';
import { caseSyncWriteLogItem, casesMovedItem } from '@/lib/storage/items/cases';
import { settingsItem } from '@/lib/storage/items/settings';
import { listNotices } from '@/lib/storage/notices';
import { servePackagedMessages } from '../../support/packaged-messages';
import { caseRecord, DAY, HOUR, T0 } from './fixtures';

const ID = '20424098481';
const OTHER = '30000000001';
/** Messages carry the code; the sync record keeps the host (lib/cases/case-marketplace.ts). */
const DE = 'DE' as const;
const DE_HOST = 'sellercentral.amazon.de';
const alarmName = (id: string) => `case-follow-up:${id}`;

/** Chrome drops a one-shot alarm when it fires; the fake keeps it unless told. */
async function fire(name: string): Promise<void> {
  await fakeBrowser.alarms.clear(name);
  await handleAlarm({ name });
}

async function settled(): Promise<void> {
  // A task can queue more (a write triggers a re-plan): drain until nothing new arrives.
  for (let i = 0; i < 4; i++) await casesIdle();
}

async function syncRecord(id: string): Promise<CaseRecord | undefined> {
  return (await fakeBrowser.storage.sync.get(`case:${id}`))[`case:${id}`] as CaseRecord | undefined;
}

async function localKeys(prefix: string): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(prefix));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  servePackagedMessages();
  registerCaseHandlers();
});

afterEach(async () => {
  await settled();
  removeAllListeners();
  vi.useRealTimers();
});

describe('saving and editing cases through the background', () => {
  it('adds a case: the record reaches sync, nothing is left waiting, and the follow-up alarm is 48 h out', async () => {
    expect(await caseHandlers.caseAdd({ id: ID, marketplace: DE, topic: 'account-hold', title: 'Funds held' })).toBe(
      'added',
    );
    expect(await syncRecord(ID)).toMatchObject({ id: ID, marketplace: DE_HOST, status: 'open', lastSentAt: T0 });
    expect(await localKeys('syncFallback:')).toEqual([]);
    await settled();
    expect(await fakeBrowser.alarms.get(alarmName(ID))).toMatchObject({ scheduledTime: T0 + 48 * HOUR });
  });

  it('answers "exists" for a saved case, and brings a deleted one back', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    expect(await caseHandlers.caseAdd({ id: ID, marketplace: DE })).toBe('exists');
    vi.setSystemTime(T0 + HOUR);
    expect(await caseHandlers.caseDelete(ID)).toBe(true);
    expect(await syncRecord(ID)).toMatchObject({ deleted: true, deletedAt: T0 + HOUR });
    vi.setSystemTime(T0 + 2 * HOUR);
    expect(await caseHandlers.caseAdd({ id: ID, marketplace: DE })).toBe('restored');
    expect(await syncRecord(ID)).toMatchObject({ deleted: false, updatedAt: T0 + 2 * HOUR });
  });

  it('refuses a request that does not validate, and writes nothing', async () => {
    await expect(caseHandlers.caseAdd({ id: '12ab', marketplace: DE })).rejects.toThrow('invalid case request');
    await expect(caseHandlers.caseNotes({ id: ID, notes: 42 })).rejects.toThrow();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps both edits when two popups edit different cases at the same moment', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    await caseHandlers.caseAdd({ id: OTHER, marketplace: DE });
    vi.setSystemTime(T0 + HOUR);
    await Promise.all([
      caseHandlers.caseEdit({ id: ID, title: 'Edited in popup one' }),
      caseHandlers.caseEdit({ id: OTHER, status: 'needs-attention' }),
    ]);
    expect(await syncRecord(ID)).toMatchObject({ title: 'Edited in popup one', status: 'open' });
    expect(await syncRecord(OTHER)).toMatchObject({ title: '', status: 'needs-attention' });
  });

  it('keeps both edits when two popups edit different fields of the same case at once', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    await Promise.all([
      caseHandlers.caseEdit({ id: ID, title: 'From one' }),
      caseHandlers.caseEdit({ id: ID, topic: 'verification' }),
    ]);
    expect(await syncRecord(ID)).toMatchObject({ title: 'From one', topic: 'verification' });
  });

  it('stores a 1 MB note and the log in local storage only', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    const notes = 'x'.repeat(1_048_576);
    expect(await caseHandlers.caseNotes({ id: ID, notes })).toBe(true);
    await caseHandlers.caseLog({ id: ID, at: T0, direction: 'received', channel: 'email', summary: '<b>hi</b>' });
    const detail = (await fakeBrowser.storage.local.get(`caseDetail:${ID}`))[`caseDetail:${ID}`] as {
      notes: string;
      log: Array<{ summary: string }>;
    };
    expect(detail.notes).toHaveLength(1_048_576);
    expect(detail.log.map((e) => e.summary)).toEqual(['<b>hi</b>']);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null)).length).toBeLessThan(1_000);
  });

  it('answers false for a case that is not stored', async () => {
    expect(await caseHandlers.caseEdit({ id: ID, title: 'x' })).toBe(false);
    expect(await caseHandlers.caseSnooze(ID)).toBe(false);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('case pages', () => {
  const page = { marketplace: DE, url: `https://${DE_HOST}/cu/case-dashboard/view-case?caseID=${ID}`, id: ID };

  it('offers to save an unsaved case, saves it with the page status, and refreshes it on a later visit', async () => {
    const first = await caseHandlers.casePageSeen({ ...page, status: 'answered' });
    expect(first).toEqual({ saved: false, labels: expect.objectContaining({ save: 'Save case' }) });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});

    expect((await caseHandlers.caseCapture({ ...page, status: 'answered' })).saved).toBe(true);
    expect(await syncRecord(ID)).toMatchObject({ status: 'answered', marketplace: DE_HOST, lastSeenAt: T0 });

    vi.setSystemTime(T0 + 2 * HOUR);
    expect((await caseHandlers.casePageSeen({ ...page, status: 'resolved' })).saved).toBe(true);
    expect(await syncRecord(ID)).toMatchObject({ status: 'resolved', lastSeenAt: T0 + 2 * HOUR });
  });

  it('saves the subject and topic the page shows, and refuses a topic this version does not know', async () => {
    await caseHandlers.caseCapture({
      ...page,
      status: null,
      subject: 'Verifizierung der Identität',
      topic: 'verification',
    });
    expect(await syncRecord(ID)).toMatchObject({ title: 'Verifizierung der Identität', topic: 'verification' });
    const odd = await caseHandlers.caseCapture({ ...page, id: '20424098482', status: null, topic: 'gossip' });
    expect(odd.saved).toBe(false);
  });

  it('leaves the status alone when the page words it in a way it does not know', async () => {
    await caseHandlers.caseCapture({ ...page, status: caseStatusFromPage('Needs your attention') });
    vi.setSystemTime(T0 + 2 * HOUR);
    await caseHandlers.casePageSeen({ ...page, status: caseStatusFromPage('Something new from Amazon') });
    expect(await syncRecord(ID)).toMatchObject({ status: 'needs-attention', lastSeenAt: T0 + 2 * HOUR });
  });

  it('ignores reports from marketplaces this version does not know', async () => {
    const answer = await caseHandlers.caseCapture({ ...page, marketplace: 'evil.example', status: null });
    expect(answer.saved).toBe(false);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('speaks the seller’s chosen language on the page', async () => {
    await settingsItem.set({ language: 'sv', followUpHours: 48 });
    expect((await caseHandlers.casePageSeen({ ...page, status: null })).labels.save).toBe('Spara ärende');
    // A pinned language wins over the page's.
    expect((await caseHandlers.casePageSeen({ ...page, status: null, languages: ['fr'] })).labels.save).toBe(
      'Spara ärende',
    );
  });

  it('with the language on "auto", speaks the page’s language on the page, else the browser’s', async () => {
    await settingsItem.set({ language: 'auto', followUpHours: 48 });
    const french = await caseHandlers.casePageSeen({ ...page, status: null, languages: ['fr', 'en'] });
    expect(french.labels.save).toBe('Enregistrer le dossier');
    expect((await caseHandlers.casePageSeen({ ...page, status: null })).labels.save).toBe('Save case');
  });
});

describe('follow-up alarms and notifications (controlled time)', () => {
  async function notificationFor(id: string) {
    return (
      fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, unknown> }
    ).getAllCreateOptions()[alarmName(id)] as
      | { title: string; message: string; buttons?: Array<{ title: string }> }
      | undefined;
  }

  it('notifies when the alarm fires, with Open and Snooze 24 h, and not twice for the same due time', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    await settled();
    vi.setSystemTime(T0 + 48 * HOUR);
    await fire(alarmName(ID));
    const shown = await notificationFor(ID);
    expect(shown).toMatchObject({
      title: `Follow up on case ${ID} (amazon.de)`,
      buttons: [{ title: 'Open case' }, { title: 'Snooze 24 h' }],
    });
    expect(shown?.message).toContain('2 days ago');
    // Shown once: re-planning does not bring the alarm back for the same due time.
    await replanFollowUps(Date.now());
    expect(await fakeBrowser.alarms.get(alarmName(ID))).toBeUndefined();
    await fakeBrowser.notifications.clear(alarmName(ID));
    await fire(alarmName(ID));
    expect(await notificationFor(ID)).toBeUndefined();
  });

  it('Snooze 24 h moves the follow-up to a day from now and plans a new alarm', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    vi.setSystemTime(T0 + 50 * HOUR);
    await fire(alarmName(ID));
    await handleNotificationButton(alarmName(ID), 1);
    await settled();
    expect(await syncRecord(ID)).toMatchObject({ nextFollowUpAt: T0 + 74 * HOUR });
    expect(await notificationFor(ID)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(alarmName(ID))).toMatchObject({ scheduledTime: T0 + 74 * HOUR });
  });

  it('Open (and a click on the notification) opens the case on its own marketplace', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await caseHandlers.caseAdd({ id: ID, marketplace: 'SE' });
    vi.setSystemTime(T0 + 48 * HOUR);
    await fire(alarmName(ID));
    await handleNotificationButton(alarmName(ID), 0);
    await handleNotificationClick(alarmName(ID));
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenCalledWith({
      url: `https://sellercentral.amazon.se/cu/case-dashboard/view-case?caseID=${ID}`,
    });
  });

  it('does not notify about a case that was answered after the alarm was set', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    vi.setSystemTime(T0 + 30 * HOUR);
    await caseHandlers.caseLog({
      id: ID,
      at: T0 + 30 * HOUR,
      direction: 'received',
      channel: 'case-log',
      summary: 'Reply',
    });
    await settled();
    expect(await fakeBrowser.alarms.get(alarmName(ID))).toBeUndefined();
    vi.setSystemTime(T0 + 48 * HOUR);
    await fire(alarmName(ID));
    expect(await notificationFor(ID)).toBeUndefined();
  });

  it('a message sent restarts the clock; the setting moves every alarm', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    vi.setSystemTime(T0 + 10 * HOUR);
    await caseHandlers.caseLog({
      id: ID,
      at: T0 + 10 * HOUR,
      direction: 'sent',
      channel: 'case-log',
      summary: 'More docs',
    });
    await settled();
    expect(await fakeBrowser.alarms.get(alarmName(ID))).toMatchObject({ scheduledTime: T0 + 58 * HOUR });
    await settingsItem.set({ language: 'auto', followUpHours: 24 });
    await settled();
    expect(await fakeBrowser.alarms.get(alarmName(ID))).toMatchObject({ scheduledTime: T0 + 34 * HOUR });
  });

  it('an overdue case gets its alarm at the earliest time Chrome allows, not in the past', async () => {
    await fakeBrowser.storage.sync.set({ [`case:${ID}`]: caseRecord({ id: ID, lastSentAt: T0 - 5 * DAY }) });
    await settled();
    expect(await fakeBrowser.alarms.get(alarmName(ID))).toMatchObject({ scheduledTime: T0 + 30_000 });
  });
});

describe('tombstones, quota and write limits', () => {
  it('purges tombstones older than 30 days everywhere, and keeps younger ones and live cases', async () => {
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    await caseHandlers.caseNotes({ id: ID, notes: 'old' });
    await caseHandlers.caseDelete(ID);
    vi.setSystemTime(T0 + 2 * DAY);
    await caseHandlers.caseAdd({ id: OTHER, marketplace: DE });
    await caseHandlers.caseDelete(OTHER);
    await caseHandlers.caseAdd({ id: '40000000001', marketplace: DE });
    vi.setSystemTime(T0 + 31 * DAY);
    await handleAlarm({ name: MAINTENANCE_ALARM });
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(
      Object.keys(sync)
        .filter((k) => !k.endsWith('$'))
        .sort(),
    ).toEqual([`case:${OTHER}`, 'case:40000000001']);
    expect(await localKeys(`caseDetail:${ID}`)).toEqual([]);
  });

  it('keeps a case that sync refuses in local storage, tells the seller, and writes it once sync accepts', async () => {
    const original = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    const refuse = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((k) => k.startsWith('case:'))) throw new Error('QUOTA_BYTES quota exceeded');
      return original(items);
    });
    await caseHandlers.caseAdd({ id: ID, marketplace: DE, title: 'Kept' });
    expect(await syncRecord(ID)).toBeUndefined();
    expect(await localKeys('syncFallback:case:')).toEqual([`syncFallback:case:${ID}`]);
    expect((await readAllCases()).cases.get(ID)?.record.title).toBe('Kept');
    expect((await listNotices()).map((n) => n.item)).toEqual([`sync:case:${ID}`]);
    expect(await fakeBrowser.alarms.get(SYNC_FLUSH_ALARM)).toMatchObject({ scheduledTime: T0 + 60_000 });

    refuse.mockRestore();
    vi.setSystemTime(T0 + 61_000);
    await handleAlarm({ name: SYNC_FLUSH_ALARM });
    expect(await syncRecord(ID)).toMatchObject({ title: 'Kept' });
    expect(await localKeys('syncFallback:case:')).toEqual([]);
  });

  it('waits when the write budget of the minute is spent, and writes everything waiting in one batch', async () => {
    await caseSyncWriteLogItem.set(Array.from({ length: 100 }, (_, i) => T0 - 30_000 + i));
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });
    await caseHandlers.caseAdd({ id: OTHER, marketplace: DE });
    expect(writes).not.toHaveBeenCalled();
    expect((await readAllCases()).cases.size).toBe(2);
    const flush = await fakeBrowser.alarms.get(SYNC_FLUSH_ALARM);
    expect(flush?.scheduledTime).toBeGreaterThanOrEqual(T0 + 30_000);

    vi.setSystemTime(T0 + 31_000);
    await handleAlarm({ name: SYNC_FLUSH_ALARM });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await syncRecord(ID)).toBeDefined();
    expect(await syncRecord(OTHER)).toBeDefined();
  });

  it('at 90% of the sync quota moves the oldest resolved cases to local, with a notice, losing nothing', async () => {
    const seeded: Record<string, unknown> = {};
    for (let i = 0; i < 330; i++) {
      const id = String(10_000_000_000 + i);
      seeded[`case:${id}`] = caseRecord({
        id,
        title: 'A case title that is about this long, as real ones are',
        status: i % 3 === 0 ? 'resolved' : 'open',
        lastContactAt: T0 - (330 - i) * HOUR,
      });
    }
    await fakeBrowser.storage.sync.set(seeded);
    await caseHandlers.caseAdd({ id: ID, marketplace: DE });

    const moved = (await casesMovedItem.get())?.ids ?? [];
    expect(moved.length).toBeGreaterThan(0);
    expect(moved[0]).toBe('10000000000'); // the oldest resolved case goes first
    const all = await readAllCases();
    expect(all.cases.size).toBe(331);
    for (const id of moved) {
      expect(await syncRecord(id)).toBeUndefined();
      expect(all.cases.get(id)).toMatchObject({ place: 'local', record: { status: 'resolved' } });
    }
    const sync = await fakeBrowser.storage.sync.get(null);
    const bytes = Object.entries(sync).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
    expect(bytes).toBeLessThan(0.8 * 102_400);
    expect(await syncRecord(ID)).toBeDefined();
  });

  it('edits a case that was moved to local where it now lives', async () => {
    await fakeBrowser.storage.local.set({
      [`caseRecord:${ID}`]: caseRecord({ id: ID }),
      [`caseRecord:${ID}$`]: { v: 1 },
    });
    vi.setSystemTime(T0 + HOUR);
    await caseHandlers.caseEdit({ id: ID, title: 'Still here' });
    expect(await syncRecord(ID)).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(`caseRecord:${ID}`))[`caseRecord:${ID}`]).toMatchObject({
      title: 'Still here',
    });
  });
});
