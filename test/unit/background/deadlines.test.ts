/**
 * The worker keeps the deadline a notice states (entrypoints/background/deadlines.ts): counted
 * from when it was first read, reminded 3 days, 1 day and 6 hours before, ended when the account
 * reads healthy again.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { endDeadline, handleDeadlineAlarm, noteDeadline } from '@/entrypoints/background/deadlines';
import { nextDeadline, reminderAlarmName } from '@/lib/deadlines/record';
import type { NoticeLexicon } from '@/lib/lang/notice-types';
import { loadNoticeLexicons } from '@/lib/lang/notices';
import { deadlines } from '@/lib/storage/items/deadlines';
import { freshEnglishWorkerPerTest } from '../../support/packaged-messages';

const HOUR = 3_600_000;
/** The notice's words as the worker has them: its text and the lexicons it was read with. */
let lexicons: readonly NoticeLexicon[] = [];
const notice = (text: string) => ({ text, lexicons });
/** 7 December 2026, 10:00 in Berlin. */
const T0 = Date.UTC(2026, 11, 7, 9);
const NOTICE = 'Your account is on hold. Send us a plan of action within 17 days.';

const ourAlarms = async () =>
  (await fakeBrowser.alarms.getAll())
    .filter((alarm) => alarm.name.startsWith('account-deadline:'))
    .map(({ name, scheduledTime }) => ({ name, scheduledTime }))
    .sort((a, b) => a.scheduledTime - b.scheduledTime);

beforeAll(async () => {
  lexicons = Object.values(await loadNoticeLexicons());
});

freshEnglishWorkerPerTest();

describe('deadlines in the worker', () => {
  it('keeps the day 17 days on in the marketplace’s calendar, and plans three reminders', async () => {
    expect(await noteDeadline('DE', 'on-hold', notice(NOTICE), T0)).toEqual({ due: '2026-12-24', daysLeft: 17 });
    const dueAt = T0 + 17 * 24 * HOUR;
    expect(await deadlines.item('DE').get()).toMatchObject({
      state: 'on-hold',
      due: '2026-12-24',
      dueAt,
      firstSeen: T0,
    });
    expect(await ourAlarms()).toEqual([
      { name: reminderAlarmName('DE', 72), scheduledTime: dueAt - 72 * HOUR },
      { name: reminderAlarmName('DE', 24), scheduledTime: dueAt - 24 * HOUR },
      { name: reminderAlarmName('DE', 6), scheduledTime: dueAt - 6 * HOUR },
    ]);
  });

  it('counts from the first reading on every later visit, and keeps it on a page without the words', async () => {
    await noteDeadline('DE', 'on-hold', notice(NOTICE), T0);
    expect(await noteDeadline('DE', 'on-hold', notice(NOTICE), T0 + 5 * 24 * HOUR)).toEqual({
      due: '2026-12-24',
      daysLeft: 12,
    });
    expect(await noteDeadline('DE', 'on-hold', notice('Your account is on hold.'), T0 + 6 * 24 * HOUR)).toEqual({
      due: '2026-12-24',
      daysLeft: 11,
    });
    expect((await deadlines.item('DE').get())?.firstSeen).toBe(T0);
  });

  it('gives way to another state’s notice, and ends when the account reads healthy', async () => {
    await noteDeadline('DE', 'on-hold', notice(NOTICE), T0);
    expect(await noteDeadline('DE', 'deactivated', notice('Your account has been deactivated.'), T0 + HOUR)).toBeNull();
    expect(await ourAlarms()).toEqual([]);
    await noteDeadline('DE', 'on-hold', notice(NOTICE), T0);
    await endDeadline('DE');
    expect(await deadlines.item('DE').get()).toBeNull();
    expect(await ourAlarms()).toEqual([]);
  });

  it('plans only the reminders still ahead: a 72-hour notice is its own first reminder', async () => {
    await noteDeadline('DE', 'under-review', notice('Respond within 72 hours.'), T0);
    expect((await ourAlarms()).map((alarm) => alarm.name)).toEqual([
      reminderAlarmName('DE', 24),
      reminderAlarmName('DE', 6),
    ]);
  });

  it('shows each reminder once, in the seller’s language, naming the marketplace, state and day', async () => {
    await noteDeadline('DE', 'on-hold', notice(NOTICE), T0);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await handleDeadlineAlarm({ name: reminderAlarmName('DE', 72) }, T0 + 14 * 24 * HOUR);
    await handleDeadlineAlarm({ name: reminderAlarmName('DE', 72) }, T0 + 14 * 24 * HOUR);
    expect(create).toHaveBeenCalledTimes(1);
    const [, options] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(options.title).toBe('Germany: deadline in 3 days');
    expect(options.message).toBe("Account on hold. Amazon's notice asks you to act by December 24, 2026.");
    expect((await deadlines.item('DE').get())?.fired).toEqual([72]);
    // Fired late (the browser was closed): it says what is left, not what was planned.
    await handleDeadlineAlarm({ name: reminderAlarmName('DE', 24) }, T0 + 17 * 24 * HOUR - 5 * HOUR);
    expect((create.mock.calls[1] as unknown as [string, { title: string }])[1].title).toBe(
      'Germany: deadline in 5 hours',
    );
    // An alarm for a deadline that has ended, or a name that is not ours, does nothing.
    await endDeadline('DE');
    await handleDeadlineAlarm({ name: reminderAlarmName('DE', 6) });
    await handleDeadlineAlarm({ name: 'account-deadline:XX:24' });
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('keeps the first reading when the same words come again, and takes new words as a new deadline', () => {
    const read = { due: '2026-12-24', dueAt: T0 + 17 * 24 * HOUR, words: 'within 17 days' };
    const kept = nextDeadline(null, 'on-hold', read, T0);
    expect(nextDeadline(kept, 'on-hold', { ...read, due: '2026-12-25' }, T0 + 24 * HOUR)).toBe(kept);
    expect(nextDeadline(kept, 'on-hold', { ...read, words: 'within 30 days' }, T0 + HOUR)?.firstSeen).toBe(T0 + HOUR);
    expect(nextDeadline(kept, 'on-hold', null, T0 + HOUR)).toBe(kept);
    expect(nextDeadline(kept, 'deactivated', null, T0 + HOUR)).toBeNull();
  });
});
