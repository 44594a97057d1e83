import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, calendarDateIn, daysBetween, parseCalendarDate, safeTimeZone, zonedTime } from '@/lib/calendar';
import {
  alarmName,
  createDisposalEntry,
  DISPOSAL_ALARM_PREFIX,
  type DisposalEntry,
  daysLeft,
  deadlineOf,
  dueReminders,
  type FiredReminders,
  MAX_DISPOSAL_ENTRIES,
  markFired,
  parseAlarmName,
  plannedAlarms,
  pruneFired,
  reminderTime,
  resolveEntry,
  sortByDeadline,
  withEntry,
  withoutEntry,
} from '@/lib/removal/disposal';
import { disposalEntriesItem, firedRemindersItem } from '@/lib/storage/items/removal';

const STOCKHOLM = 'Europe/Stockholm';
const LA = 'America/Los_Angeles';

function entry(since: string, id = 'e1', extra: Partial<DisposalEntry> = {}): DisposalEntry {
  return { id, since, reason: 'unsellable', quantity: 3, createdAt: 0, ...extra };
}

/** The instant a wall-clock time happens in Stockholm: CET (+01:00) in winter. */
const stockholm = (date: string, hour: number) => zonedTime(date, hour, STOCKHOLM);

describe('calendar', () => {
  it('adds and counts calendar days across month ends and leap days', () => {
    expect(addDays('2024-02-10', 30)).toBe('2024-03-11');
    expect(addDays('2025-02-10', 30)).toBe('2025-03-12');
    expect(addDays('2025-12-15', 30)).toBe('2026-01-14');
    expect(daysBetween('2025-03-29', '2025-04-01')).toBe(3);
    expect(parseCalendarDate('2025-02-30')).toBeNull();
    expect(() => addDays('30.10.2025', 1)).toThrow(RangeError);
  });

  it('reads the date where the seller is, not in UTC', () => {
    const lateEvening = Date.UTC(2025, 10, 1, 23, 30); // 00:30 on Nov 2 in Stockholm, 16:30 on Nov 1 in LA
    expect(calendarDateIn(lateEvening, STOCKHOLM)).toBe('2025-11-02');
    expect(calendarDateIn(lateEvening, LA)).toBe('2025-11-01');
    expect(calendarDateIn(lateEvening, 'UTC')).toBe('2025-11-01');
  });

  it('places a wall-clock hour correctly on both sides of a daylight-saving change', () => {
    expect(zonedTime('2025-03-29', 9, STOCKHOLM)).toBe(Date.UTC(2025, 2, 29, 8)); // CET
    expect(zonedTime('2025-03-31', 9, STOCKHOLM)).toBe(Date.UTC(2025, 2, 31, 7)); // CEST
    expect(zonedTime('2025-11-03', 9, LA)).toBe(Date.UTC(2025, 10, 3, 17)); // PST
  });

  it('falls back to UTC for a time zone the platform does not know', () => {
    expect(safeTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(safeTimeZone(undefined)).toBe('UTC');
    expect(safeTimeZone(STOCKHOLM)).toBe(STOCKHOLM);
  });
});

describe('disposal deadlines', () => {
  it('falls 30 calendar days after the units became unsellable or recalled', () => {
    expect(deadlineOf({ since: '2025-10-15' })).toBe('2025-11-14');
  });

  it('counts days left in the seller’s calendar, across a daylight-saving change', () => {
    const unsellable = entry('2025-03-01'); // deadline 2025-03-31, after Stockholm moves to summer time
    expect(daysLeft(unsellable, stockholm('2025-03-24', 0), STOCKHOLM)).toBe(7);
    expect(daysLeft(unsellable, stockholm('2025-03-30', 23.5), STOCKHOLM)).toBe(1);
    expect(daysLeft(unsellable, stockholm('2025-03-31', 12), STOCKHOLM)).toBe(0);
    expect(daysLeft(unsellable, stockholm('2025-04-01', 0.5), STOCKHOLM)).toBe(-1);
  });

  it('reminds at 09:00 local time 7, 3 and 1 days before', () => {
    const unsellable = entry('2025-10-15'); // deadline 2025-11-14
    expect(reminderTime(unsellable, 7, STOCKHOLM)).toBe(stockholm('2025-11-07', 9));
    expect(reminderTime(unsellable, 3, STOCKHOLM)).toBe(stockholm('2025-11-11', 9));
    expect(reminderTime(unsellable, 1, STOCKHOLM)).toBe(stockholm('2025-11-13', 9));
  });
});

describe('reminder dueness', () => {
  const unsellable = entry('2025-10-15'); // deadline 2025-11-14

  it('has nothing due before the first reminder time', () => {
    expect(dueReminders([unsellable], {}, stockholm('2025-11-07', 8.9), STOCKHOLM)).toEqual([]);
  });

  it('fires each reminder once, in order, as time passes', () => {
    let fired: FiredReminders = {};
    const shown: number[] = [];
    // Check every hour from Nov 1 to Nov 16, as a background woken by alarms and restarts would.
    for (let t = stockholm('2025-11-01', 0); t <= stockholm('2025-11-16', 0); t += 60 * 60 * 1000) {
      for (const due of dueReminders([unsellable], fired, t, STOCKHOLM)) {
        shown.push(due.daysBefore);
        fired = markFired(fired, due.entryId, due.daysBefore);
      }
    }
    expect(shown).toEqual([7, 3, 1]);
    expect(fired).toEqual({ e1: [7, 3, 1] });
  });

  it('is idempotent: asking again without new time gives the same answer, and nothing once marked', () => {
    const now = stockholm('2025-11-07', 10);
    const first = dueReminders([unsellable], {}, now, STOCKHOLM);
    expect(first).toEqual([{ entryId: 'e1', daysBefore: 7, daysLeft: 7, deadline: '2025-11-14' }]);
    expect(dueReminders([unsellable], {}, now, STOCKHOLM)).toEqual(first);
    expect(dueReminders([unsellable], markFired({}, 'e1', 7), now, STOCKHOLM)).toEqual([]);
  });

  it('shows only the most urgent reminder after a long sleep, and skips the stale ones', () => {
    const now = stockholm('2025-11-12', 9);
    expect(dueReminders([unsellable], {}, now, STOCKHOLM)).toEqual([
      { entryId: 'e1', daysBefore: 3, daysLeft: 2, deadline: '2025-11-14' },
    ]);
    const fired = markFired({}, 'e1', 3);
    expect(fired).toEqual({ e1: [7, 3] });
    expect(dueReminders([unsellable], fired, now, STOCKHOLM)).toEqual([]);
  });

  it('stops after the deadline and for resolved entries', () => {
    expect(dueReminders([unsellable], {}, stockholm('2025-11-15', 9), STOCKHOLM)).toEqual([]);
    expect(dueReminders([unsellable], {}, stockholm('2025-11-14', 9), STOCKHOLM)).toHaveLength(1);
    const resolved = { ...unsellable, resolvedAt: 1 };
    expect(dueReminders([resolved], {}, stockholm('2025-11-13', 10), STOCKHOLM)).toEqual([]);
  });

  it('drops fired records of deleted entries', () => {
    expect(pruneFired({ e1: [7], gone: [7, 3] }, [unsellable])).toEqual({ e1: [7] });
  });
});

describe('alarms for the background', () => {
  const unsellable = entry('2025-10-15', 'a1b2-c3');

  it('names alarms so they parse back, and refuses other alarms', () => {
    const name = alarmName('a1b2-c3', 3);
    expect(name.startsWith(DISPOSAL_ALARM_PREFIX)).toBe(true);
    expect(parseAlarmName(name)).toEqual({ entryId: 'a1b2-c3', daysBefore: 3 });
    expect(parseAlarmName('case-follow-up:123')).toBeNull();
    expect(parseAlarmName(`${DISPOSAL_ALARM_PREFIX}a1:5`)).toBeNull();
    expect(parseAlarmName(`${DISPOSAL_ALARM_PREFIX}:7`)).toBeNull();
  });

  it('plans the future, unfired reminders of unresolved entries', () => {
    const now = stockholm('2025-11-08', 12);
    expect(
      plannedAlarms(
        [unsellable, entry('2025-10-01', 'old', { resolvedAt: 5 })],
        markFired({}, 'a1b2-c3', 7),
        now,
        STOCKHOLM,
      ),
    ).toEqual([
      { name: alarmName('a1b2-c3', 3), when: stockholm('2025-11-11', 9) },
      { name: alarmName('a1b2-c3', 1), when: stockholm('2025-11-13', 9) },
    ]);
  });
});

describe('disposal entries', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('creates an entry with blank optional fields left out', () => {
    expect(
      createDisposalEntry(
        { since: '2025-11-01', reason: 'recalled', quantity: 4, sku: ' ', note: ' check lot ' },
        7,
        'id-1',
      ),
    ).toEqual({
      id: 'id-1',
      since: '2025-11-01',
      reason: 'recalled',
      quantity: 4,
      note: 'check lot',
      createdAt: 7,
    });
    expect(() => createDisposalEntry({ since: '2025-13-01', reason: 'recalled', quantity: 1 }, 0)).toThrow(RangeError);
    expect(() => createDisposalEntry({ since: '2025-11-01', reason: 'recalled', quantity: 0 }, 0)).toThrow(RangeError);
  });

  it('lists the soonest deadline first and resolved entries last', () => {
    const list = [entry('2025-11-05', 'c'), entry('2025-10-01', 'done', { resolvedAt: 1 }), entry('2025-10-20', 'a')];
    expect(sortByDeadline(list).map((e) => e.id)).toEqual(['a', 'c', 'done']);
  });

  it('stores entries and fired reminders in separate local items', async () => {
    const created = createDisposalEntry({ since: '2025-11-01', reason: 'unsellable', quantity: 2, fnsku: 'X001' }, 1);
    await disposalEntriesItem.set({ entries: [created] });
    await firedRemindersItem.set(markFired({}, created.id, 7));
    expect((await disposalEntriesItem.get()).entries).toEqual([created]);
    expect(await firedRemindersItem.get()).toEqual({ [created.id]: [7] });
    const stored = await fakeBrowser.storage.local.get(['removal:disposal', 'removal:disposal-fired']);
    expect(Object.keys(stored).sort()).toEqual(['removal:disposal', 'removal:disposal-fired']);
  });

  it('refuses to store an entry with an impossible date', async () => {
    await expect(disposalEntriesItem.set({ entries: [entry('2025-02-30')] })).rejects.toThrow();
  });
});

describe('editing the list', () => {
  it('adds, resolves and removes entries', () => {
    const a = entry('2025-11-01', 'a');
    let list = withEntry([], a);
    list = resolveEntry(list, 'a', 50);
    expect(list).toEqual([{ ...a, resolvedAt: 50 }]);
    expect(resolveEntry(list, 'a', 99)[0]?.resolvedAt).toBe(50);
    expect(withoutEntry(list, 'a')).toEqual([]);
  });

  it('makes room at the cap by dropping the oldest resolved entry, and refuses when all are open', () => {
    const open = Array.from({ length: MAX_DISPOSAL_ENTRIES }, (_, i) => entry('2025-11-01', `o${i}`));
    expect(() => withEntry(open, entry('2025-11-02', 'new'))).toThrow(RangeError);
    const mixed = [
      ...open.slice(2),
      entry('2025-10-01', 'r-late', { resolvedAt: 9 }),
      entry('2025-10-01', 'r-early', { resolvedAt: 3 }),
    ];
    const ids = withEntry(mixed, entry('2025-11-02', 'new')).map((e) => e.id);
    expect(ids).toHaveLength(MAX_DISPOSAL_ENTRIES);
    expect(ids).toContain('new');
    expect(ids).toContain('r-late');
    expect(ids).not.toContain('r-early');
  });
});
