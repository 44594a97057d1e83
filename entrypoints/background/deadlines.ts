import { browser } from 'wxt/browser';
import { MARKETPLACE_TIME_ZONES, marketplaceDaysUntil } from '@/lib/account-health/time-zones';
import type { AccountState } from '@/lib/account-state/states';
import { compileDeadlineReader, type DeadlineReader } from '@/lib/deadlines/deadline';
import type { DeadlineWords } from '@/lib/deadlines/phrases';
import {
  DEADLINE_ALARM_PREFIX,
  type DeadlineRecord,
  type DeadlineShown,
  nextDeadline,
  parseReminderAlarm,
  plannedReminders,
} from '@/lib/deadlines/record';
import { marketplaceName } from '@/lib/i18n/marketplace-name';
import { stateLabelKey } from '@/lib/i18n/state-labels';
import { isMarketplaceCode, type MarketplaceCode, PRIMARY_MARKETPLACES } from '@/lib/marketplaces';
import { createSerialQueue } from '@/lib/serial';
import { deadlines } from '@/lib/storage/items/deadlines';
import { applyAlarmPlan, sellersTranslator, showNotification } from './notify';
import { openPopupOnClick } from './open-popup';

const serially = createSerialQueue();

/** Compiled once per set of languages: a cache of the lexicons' phrases, not state (the worker may stop any time). */
const readers = new Map<string, DeadlineReader>();
function deadlineReader(lexicons: readonly DeadlineWords[]): DeadlineReader {
  const key = lexicons.map((lexicon) => lexicon.language).join();
  let reader = readers.get(key);
  if (!reader) {
    reader = compileDeadlineReader(lexicons);
    readers.set(key, reader);
  }
  return reader;
}

export const shownDeadline = (
  marketplace: MarketplaceCode,
  record: DeadlineRecord | null,
  now: number,
): DeadlineShown | null =>
  record ? { due: record.due, daysLeft: marketplaceDaysUntil(record.due, now, marketplace) } : null;

/** The notice that decided a state, and the lexicons of the languages it was read in. */
export interface DecidingNotice {
  readonly text: string | null;
  readonly lexicons: readonly DeadlineWords[];
}

/**
 * Reads the deadline in the notice that decided the state, keeps it (counted from when it was
 * first read), plans its reminders and says what the card shows.
 */
export async function noteDeadline(
  marketplace: MarketplaceCode,
  state: AccountState,
  notice: DecidingNotice,
  now: number,
): Promise<DeadlineShown | null> {
  const read = notice.text
    ? deadlineReader(notice.lexicons)(notice.text, {
        from: now,
        timeZone: MARKETPLACE_TIME_ZONES[marketplace],
      })
    : null;
  return serially(async () => {
    const item = deadlines.item(marketplace);
    const kept = await item.get();
    const next = nextDeadline(kept, state, read, now);
    if (next !== kept) {
      await item.set(next);
      await planReminders(marketplace, next, now);
    }
    return shownDeadline(marketplace, next, now);
  });
}

/** A marketplace that reads healthy again has no deadline left: it and its reminders go. */
export async function endDeadline(marketplace: MarketplaceCode): Promise<void> {
  await serially(async () => {
    const item = deadlines.item(marketplace);
    if ((await item.get()) === null) return;
    await item.set(null);
    await planReminders(marketplace, null, Date.now());
  });
}

const planReminders = (marketplace: MarketplaceCode, record: DeadlineRecord | null, now: number) =>
  applyAlarmPlan(`${DEADLINE_ALARM_PREFIX}${marketplace}:`, plannedReminders(marketplace, record, now));

/** "Germany: deadline in 3 days", then the state and the day, in the seller's language. */
async function showReminder(marketplace: MarketplaceCode, record: DeadlineRecord, now: number) {
  const { language, t } = await sellersTranslator();
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  // What is left now, not what the alarm was planned for: a browser closed meanwhile fires it late.
  const hoursLeft = Math.max(0, Math.round((record.dueAt - now) / 3_600_000));
  const left =
    hoursLeft >= 24 ? relative.format(Math.round(hoursLeft / 24), 'day') : relative.format(hoursLeft, 'hour');
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: MARKETPLACE_TIME_ZONES[marketplace] });
  await showNotification(`${DEADLINE_ALARM_PREFIX}${marketplace}`, {
    title: t('deadlineReminderTitle', marketplaceName(marketplace, language), left),
    message: t('deadlineReminderBody', t(stateLabelKey(record.state)), day.format(record.dueAt)),
  });
}

export async function handleDeadlineAlarm(alarm: { name: string }, now = Date.now()): Promise<void> {
  const parsed = parseReminderAlarm(alarm.name);
  if (!parsed || !isMarketplaceCode(parsed.marketplace)) return;
  const { marketplace, hours } = parsed;
  await serially(async () => {
    const item = deadlines.item(marketplace);
    const record = await item.get();
    if (!record || record.fired.includes(hours)) return;
    // Marked first: a reminder that cannot be shown is not shown again on every start.
    await item.set({ ...record, fired: [...record.fired, hours] });
    await showReminder(marketplace, record, now);
  });
}

/** Alarms do not outlive every browser: each start plans what is kept again. */
async function replanAll(now = Date.now()): Promise<void> {
  for (const { code } of PRIMARY_MARKETPLACES) {
    await serially(async () => planReminders(code, await deadlines.item(code).get(), now));
  }
}

export function registerDeadlineHandlers(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleDeadlineAlarm(alarm).catch((error) => console.error('[scc] deadline reminder failed', error));
  });
  openPopupOnClick(DEADLINE_ALARM_PREFIX);
  const replan = () => {
    void replanAll().catch((error) => console.error('[scc] deadline planning failed', error));
  };
  browser.runtime.onInstalled.addListener(replan);
  browser.runtime.onStartup.addListener(replan);
}
