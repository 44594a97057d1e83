import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import {
  caseIdFromAlarmName,
  diffAlarms,
  followUpAlarmName,
  MIN_ALARM_DELAY_MS,
  markNotified,
  planFollowUpAlarms,
  pruneNotified,
} from '@/lib/cases/alarms';
import { caseUrl } from '@/lib/cases/case-url';
import {
  addCase,
  type CaseChange,
  captureFromPage,
  deleteStoredCase,
  editStoredCase,
  logInteraction,
  newerThanBefore,
  restoreStoredCase,
  seeOnPage,
  setNotes,
  snoozeStoredCase,
} from '@/lib/cases/commands';
import { followUpDueAt } from '@/lib/cases/follow-up';
import { followUpNotification } from '@/lib/cases/follow-up-notification';
import type { CaseAddResult, CasePageAnswer, CasePageReport } from '@/lib/cases/protocol';
import {
  caseAddRequestSchema,
  caseEditRequestSchema,
  caseIdSchema,
  caseLogRequestSchema,
  caseNotesRequestSchema,
  casePageReportSchema,
} from '@/lib/cases/requests';
import type { StoredCase } from '@/lib/cases/stored-case';
import { CASE_MESSAGE_PREFIX, type NotifyText, notifyTextFrom } from '@/lib/cases/text';
import { inPageLanguage, messagesWithPrefix } from '@/lib/i18n/load';
import { substitute } from '@/lib/i18n/translate';
import { onMessage, type ProtocolMap } from '@/lib/messaging';
import { createSerialQueue } from '@/lib/serial';
import { readCaseRecords } from '@/lib/storage/case-records';
import {
  isCaseRecordKey,
  isWaitingCaseRecordKey,
  purgeTombstones,
  quarantineUnreadable,
  readAllCases,
  readCase,
  settleSync,
  writeCaseChange,
} from '@/lib/storage/case-store';
import { followUpNotifiedItem } from '@/lib/storage/items/cases';
import { settingsItem } from '@/lib/storage/items/settings';
import type { StorageKey } from '@/lib/storage/keys';
import { type StorageChanges, watchStorage } from '@/lib/storage/watch';

export const SYNC_FLUSH_ALARM = 'case-sync-flush';
export const MAINTENANCE_ALARM = 'case-maintenance';
const MAINTENANCE_PERIOD_MINUTES = 12 * 60;
/** Notification ids are the alarm names: one notification per case, replaced when it comes again. */
const notificationId = followUpAlarmName;

// Every read-modify-write of cases runs one after another: two popups saving at once must not
// both read the same case and write back versions missing the other's change.
const serially = createSerialQueue();

/**
 * The reminder's words in the seller's UI language, from its catalog; the case page's save control
 * in the page's language when the language is "auto" (`pageLanguages`, as the overlay does).
 */
async function notifyText(pageLanguages: readonly string[] = []): Promise<NotifyText> {
  // With no page languages this is the UI language: the pinned one, else the browser's.
  const language = inPageLanguage((await settingsItem.get()).language, pageLanguages);
  const messages = await messagesWithPrefix(language, CASE_MESSAGE_PREFIX);
  return notifyTextFrom((key, ...substitutions) => substitute(messages[key] ?? key, substitutions), language);
}

async function settle(now: number): Promise<void> {
  const { retryAt } = await settleSync(now);
  if (retryAt !== null)
    await browser.alarms.create(SYNC_FLUSH_ALARM, { when: Math.max(retryAt, now + MIN_ALARM_DELAY_MS) });
}

/** Reads one case, applies a command, writes the change; `apply` returns null for "no such case". */
function mutate<T>(id: string, apply: (current: StoredCase | null, now: number) => { change: CaseChange; result: T }) {
  return serially(async () => {
    const now = Date.now();
    const current = await readCase(id);
    const { change, result } = apply(current, now);
    if (await writeCaseChange(id, current, newerThanBefore(current, change))) await settle(now);
    return result;
  });
}

/** A command on an existing case; false when the case is not stored. */
function onExisting(id: string, command: (current: StoredCase, now: number) => CaseChange): Promise<boolean> {
  return mutate(id, (current, now) =>
    current ? { change: command(current, now), result: true } : { change: {}, result: false },
  );
}

function parse<T>(schema: z.ZodMiniType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error('invalid case request');
  return parsed.data;
}

/** The follow-up alarms wanted now, against the ones that exist; only our own alarms are touched. */
export async function replanFollowUps(now = Date.now()): Promise<void> {
  const [stored, settings, notified, existing] = await Promise.all([
    readCaseRecords(),
    settingsItem.get(),
    followUpNotifiedItem.get(),
    browser.alarms.getAll(),
  ]);
  const records = [...stored.cases.values()].map((c) => c.record);
  const wanted = planFollowUpAlarms(records, now, settings.followUpHours, notified);
  const { create, clear } = diffAlarms(existing, wanted);
  for (const name of clear) await browser.alarms.clear(name);
  for (const alarm of create) await browser.alarms.create(alarm.name, { when: alarm.when });
  const pruned = pruneNotified(notified, records, settings.followUpHours);
  if (Object.keys(pruned).length !== Object.keys(notified).length) await followUpNotifiedItem.set(pruned);
  if (stored.unreadable.length > 0) await quarantineUnreadable(stored.unreadable);
}

async function showFollowUp(stored: StoredCase, now: number): Promise<void> {
  const text = followUpNotification(stored.record, now, await notifyText());
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  };
  try {
    await browser.notifications.create(notificationId(stored.record.id), {
      ...options,
      buttons: text.buttons.map((title) => ({ title })),
      requireInteraction: true,
    });
  } catch {
    // Firefox has no notification buttons: the notification itself opens the case.
    await browser.notifications.create(notificationId(stored.record.id), options);
  }
}

async function followUpAlarmFired(caseId: string, now: number): Promise<void> {
  const [stored, settings, notified] = await Promise.all([
    readCase(caseId),
    settingsItem.get(),
    followUpNotifiedItem.get(),
  ]);
  const dueAt = stored ? followUpDueAt(stored.record, settings.followUpHours) : null;
  if (!stored || dueAt === null || notified[caseId] === dueAt) return;
  // Fired early (the case changed after the alarm was set): plan again instead of nagging.
  if (now < dueAt - 1_000) return replanFollowUps(now);
  await showFollowUp(stored, now);
  await followUpNotifiedItem.set(markNotified(notified, caseId, dueAt));
}

export async function handleAlarm(alarm: { name: string }): Promise<void> {
  const now = Date.now();
  if (alarm.name === SYNC_FLUSH_ALARM) return serially(() => settle(now));
  if (alarm.name === MAINTENANCE_ALARM) return serially(() => maintain(now));
  const caseId = caseIdFromAlarmName(alarm.name);
  if (caseId !== null) return serially(() => followUpAlarmFired(caseId, now));
}

async function openCase(caseId: string): Promise<void> {
  const stored = await readCase(caseId);
  await browser.notifications.clear(notificationId(caseId));
  if (stored && !stored.record.deleted) await browser.tabs.create({ url: caseUrl(stored.record) });
}

export async function handleNotificationButton(id: string, buttonIndex: number): Promise<void> {
  const caseId = caseIdFromAlarmName(id);
  if (caseId === null) return;
  if (buttonIndex === 0) return openCase(caseId);
  await browser.notifications.clear(id);
  await onExisting(caseId, snoozeStoredCase);
}

export async function handleNotificationClick(id: string): Promise<void> {
  const caseId = caseIdFromAlarmName(id);
  if (caseId !== null) await openCase(caseId);
}

/** Tombstones past 30 days go, waiting sync writes are retried, alarms are planned afresh. */
async function maintain(now: number): Promise<void> {
  const all = await readAllCases();
  await purgeTombstones(all, now);
  // Records are checked at every re-plan; the details only here, since reading them all is costly.
  if (all.unreadable.length > 0) await quarantineUnreadable(all.unreadable);
  await settle(now);
  await replanFollowUps(now);
}

/**
 * Changes from anywhere (this browser, another one through sync, an import) re-plan the
 * alarms; a record waiting in its fallback (an import writes there) is moved on to sync.
 * The flag only merges a burst of change events into one re-plan; losing it costs nothing.
 */
let replanQueued = false;
function onStorageChanged(changes: StorageChanges): void {
  const keys = Object.keys(changes) as StorageKey[];
  if (!keys.some((key) => isCaseRecordKey(key) || key === settingsItem.key)) return;
  if (keys.some((key) => isWaitingCaseRecordKey(key) && changes[key]?.newValue !== undefined))
    void serially(() => settle(Date.now())).catch((error) => console.error('[scc] case sync failed', error));
  if (replanQueued) return;
  replanQueued = true;
  void serially(async () => {
    replanQueued = false;
    await replanFollowUps();
  }).catch((error) => console.error('[scc] follow-up planning failed', error));
}

async function pageAnswer(saved: boolean, report?: CasePageReport | null): Promise<CasePageAnswer> {
  return { saved, labels: (await notifyText(report?.languages)).capture };
}

function pageReport(data: unknown): CasePageReport | null {
  // The schema admits known marketplace codes only: a report naming anything else is not saved.
  const parsed = casePageReportSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Resolves once every case task queued so far (and the re-plans they caused) has run. */
export const casesIdle = () => serially(() => Promise.resolve());

/** The case messages, by name; registered below, and called directly by the unit tests. */
export const caseHandlers = {
  async casePageSeen(data: unknown): Promise<CasePageAnswer> {
    const report = pageReport(data);
    if (!report) return pageAnswer(false);
    const status = report.status;
    const saved = await mutate(report.id, (current, now) =>
      current && !current.record.deleted
        ? { change: seeOnPage(current, status, now), result: true }
        : { change: {}, result: false },
    );
    return pageAnswer(saved, report);
  },
  async caseCapture(data: unknown): Promise<CasePageAnswer> {
    const report = pageReport(data);
    if (!report) return pageAnswer(false);
    const status = report.status;
    await mutate(report.id, (current, now) => ({
      change: captureFromPage(
        current,
        { id: report.id, marketplace: report.marketplace, status, subject: report.subject, topic: report.topic },
        now,
      ),
      result: true,
    }));
    return pageAnswer(true, report);
  },
  async caseAdd(data: unknown): Promise<CaseAddResult> {
    const request = parse(caseAddRequestSchema, data);
    return mutate(request.id, (current, now) => {
      const { result, ...change } = addCase(current, request, now);
      return { change, result };
    });
  },
  async caseEdit(data: unknown): Promise<boolean> {
    const request = parse(caseEditRequestSchema, data);
    return onExisting(request.id, (current, now) => editStoredCase(current, request, now));
  },
  async caseNotes(data: unknown): Promise<boolean> {
    const request = parse(caseNotesRequestSchema, data);
    return onExisting(request.id, (current, now) => setNotes(current, request.notes, now));
  },
  async caseLog(data: unknown): Promise<boolean> {
    const request = parse(caseLogRequestSchema, data);
    return onExisting(request.id, (current, now) => logInteraction(current, request, now));
  },
  caseDelete: async (data: unknown) => onExisting(parse(caseIdSchema, data), deleteStoredCase),
  caseRestore: async (data: unknown) => onExisting(parse(caseIdSchema, data), restoreStoredCase),
  caseSnooze: async (data: unknown) => onExisting(parse(caseIdSchema, data), snoozeStoredCase),
} satisfies { [K in keyof ProtocolMap & `case${string}`]: (data: unknown) => Promise<ReturnType<ProtocolMap[K]>> };

export function registerCaseHandlers(): void {
  onMessage('casePageSeen', ({ data }) => caseHandlers.casePageSeen(data));
  onMessage('caseCapture', ({ data }) => caseHandlers.caseCapture(data));
  onMessage('caseAdd', ({ data }) => caseHandlers.caseAdd(data));
  onMessage('caseEdit', ({ data }) => caseHandlers.caseEdit(data));
  onMessage('caseNotes', ({ data }) => caseHandlers.caseNotes(data));
  onMessage('caseLog', ({ data }) => caseHandlers.caseLog(data));
  onMessage('caseDelete', ({ data }) => caseHandlers.caseDelete(data));
  onMessage('caseRestore', ({ data }) => caseHandlers.caseRestore(data));
  onMessage('caseSnooze', ({ data }) => caseHandlers.caseSnooze(data));

  browser.alarms.onAlarm.addListener((alarm) => {
    void handleAlarm(alarm).catch((error) => console.error('[scc] case alarm failed', error));
  });
  browser.notifications.onButtonClicked.addListener((id, index) => {
    void handleNotificationButton(id, index).catch((error) => console.error('[scc] notification failed', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    void handleNotificationClick(id).catch((error) => console.error('[scc] notification failed', error));
  });
  watchStorage(onStorageChanged);
  const start = () => {
    void browser.alarms.create(MAINTENANCE_ALARM, { periodInMinutes: MAINTENANCE_PERIOD_MINUTES, delayInMinutes: 1 });
    void serially(() => maintain(Date.now())).catch((error) => console.error('[scc] case upkeep failed', error));
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
}
