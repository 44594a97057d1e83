/**
 * Performance notifications kept (lib/account-health/performance-notices.ts): each once, in date
 * order, seen times kept, nothing lost past the limit or on import.
 */
import { describe, expect, it } from 'vitest';
import {
  mergePerformanceNotices,
  NO_PERFORMANCE_NOTICES,
  NOTICES_KEPT,
  nextPerformanceNotices,
  type PerformanceNotices,
  performanceNoticesSchema,
} from '@/lib/account-health/performance-notices';

const T = Date.UTC(2026, 11, 7, 9);
const DAY = 86_400_000;
const notice = (title: string, day: string | null, shown = day ?? 'sometime') => ({ title, shown, day });

function apply(history: PerformanceNotices, shown: ReturnType<typeof notice>[], at: number) {
  const next = nextPerformanceNotices(history, shown, at);
  if (!next) throw new Error('expected a write');
  return next;
}

describe('performance notifications', () => {
  it('adds each notification once, oldest first by its own date, and says which are new', () => {
    const { history, added } = apply(
      NO_PERFORMANCE_NOTICES,
      [notice('Listing removed', '2026-12-03'), notice('Policy warning', '2026-11-20')],
      T,
    );
    expect(history.notices.map((n) => n.title)).toEqual(['Policy warning', 'Listing removed']);
    expect(added).toHaveLength(2);
    expect(performanceNoticesSchema.safeParse(history).success).toBe(true);
    const again = apply(history, [notice('Listing removed', '2026-12-03'), notice('New one', '2026-12-05')], T + DAY);
    expect(again.added.map((n) => n.title)).toEqual(['New one']);
    const removed = again.history.notices.find((n) => n.title === 'Listing removed');
    expect(removed).toMatchObject({ firstSeen: T, lastSeen: T + DAY });
  });

  it('sorts a notification whose date was not read by the day it was first seen', () => {
    const { history } = apply(
      NO_PERFORMANCE_NOTICES,
      [notice('Unread date', null, '03/04/2026'), notice('Earlier', '2026-12-01')],
      T,
    );
    expect(history.notices.map((n) => n.title)).toEqual(['Earlier', 'Unread date']);
  });

  it('writes nothing when a visit shows nothing new (or nothing at all)', () => {
    const { history } = apply(NO_PERFORMANCE_NOTICES, [notice('A', '2026-12-01')], T);
    expect(nextPerformanceNotices(history, [notice('A', '2026-12-01')], T)).toBeNull();
    expect(nextPerformanceNotices(history, [], T + DAY)).toBeNull();
  });

  it('folds the oldest into a count past the limit: ten years of notifications, nothing dropped silently', () => {
    let history = NO_PERFORMANCE_NOTICES;
    const total = 3650;
    for (let i = 0; i < total; i++) {
      const day = new Date(Date.UTC(2016, 0, 1) + i * DAY).toISOString().slice(0, 10);
      history = apply(history, [notice(`Notice ${i}`, day)], T + i).history;
    }
    expect(history.notices).toHaveLength(NOTICES_KEPT);
    expect(history.folded?.count).toBe(total - NOTICES_KEPT);
    expect(history.folded && history.folded.until < (history.notices[0]?.day ?? '')).toBe(true);
    expect(history.notices.at(-1)?.title).toBe(`Notice ${total - 1}`);
  });

  it("joins a backup's notifications: each once, seen from the earliest to the latest time either side saw it", () => {
    const here = apply(NO_PERFORMANCE_NOTICES, [notice('A', '2026-12-01'), notice('B', '2026-12-02')], T + DAY).history;
    const there = apply(NO_PERFORMANCE_NOTICES, [notice('A', '2026-12-01'), notice('C', '2026-11-02')], T).history;
    const merged = mergePerformanceNotices(here, there);
    expect(merged.notices.map((n) => n.title)).toEqual(['C', 'A', 'B']);
    expect(merged.notices[1]).toMatchObject({ firstSeen: T, lastSeen: T + DAY });
    expect(mergePerformanceNotices(merged, merged)).toEqual(merged);
  });
});
