import fc from 'fast-check';
import { SYNC_QUOTA } from '@/lib/cases/sync-budget';
import {
  BATCH_DELAY_MS,
  CASE_WRITE_LIMITS,
  coalesceWrites,
  nextWriteAt,
  type PendingWrite,
  planFlush,
  recordWrites,
} from '@/lib/cases/write-limiter';
import { T0 } from './fixtures';

describe('write limiter', () => {
  it('keeps the last operation per key and costs one set plus one remove', () => {
    const pending: PendingWrite[] = [
      { key: 'case:1', at: 1, value: 'a' },
      { key: 'case:2', at: 2, value: 'b' },
      { key: 'case:1', at: 3, value: 'c' },
      { key: 'case:2', at: 4, remove: true },
    ];
    expect(coalesceWrites(pending)).toEqual({ set: { 'case:1': 'c' }, remove: ['case:2'], operations: 2 });
    expect(coalesceWrites([]).operations).toBe(0);
  });

  it('waits for the batching delay, then writes when the limits allow', () => {
    const pending: PendingWrite[] = [{ key: 'case:1', at: T0, value: 1 }];
    expect(planFlush(pending, [], T0).flushAt).toBe(T0 + BATCH_DELAY_MS);
    expect(planFlush(pending, [], T0 + 5_000).flushAt).toBe(T0 + 5_000);
    expect(planFlush([], [], T0).flushAt).toBe(Number.POSITIVE_INFINITY);
  });

  it('holds a write back until the oldest write of a full minute leaves the window', () => {
    const log = Array.from({ length: CASE_WRITE_LIMITS.perMinute }, (_, i) => T0 + i * 100);
    const now = T0 + 20_000;
    expect(nextWriteAt(log, now)).toBe(T0 + 60_000);
    expect(nextWriteAt(log, now, 2)).toBe(T0 + 100 + 60_000);
  });

  it('respects the hourly limit too', () => {
    const log = Array.from({ length: CASE_WRITE_LIMITS.perHour }, (_, i) => T0 + i * 2_000);
    const now = T0 + CASE_WRITE_LIMITS.perHour * 2_000;
    expect(nextWriteAt(log, now)).toBe(T0 + 60 * 60_000);
  });

  it('never exceeds its limits whatever the edit rate, and writes every last value (simulated)', () => {
    const tight = { perMinute: 10, perHour: 40 };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 1, maxLength: 300, size: 'max' }),
        (offsets) => {
          const edits = offsets.map((o) => T0 + o).sort((a, b) => a - b);
          let log: number[] = [];
          let pending: PendingWrite[] = [];
          const writes: number[] = [];
          const stored = new Map<string, unknown>();
          let index = 0;
          let now = T0;
          // Event loop: take edits as they come, flush when the plan says so.
          while (index < edits.length || pending.length > 0) {
            const plan = planFlush(pending, log, now, tight);
            const nextEdit = edits[index] ?? Number.POSITIVE_INFINITY;
            if (nextEdit <= plan.flushAt) {
              now = Math.max(now, nextEdit);
              pending.push({ key: `case:${index % 7}`, at: now, value: index });
              index += 1;
            } else {
              now = plan.flushAt;
              log = recordWrites(log, now, plan.batch.operations);
              for (let i = 0; i < plan.batch.operations; i++) writes.push(now);
              for (const [key, value] of Object.entries(plan.batch.set)) stored.set(key, value);
              pending = [];
            }
          }
          for (const at of writes) {
            expect(writes.filter((t) => t > at - 60_000 && t <= at).length).toBeLessThanOrEqual(tight.perMinute);
            expect(writes.filter((t) => t > at - 3_600_000 && t <= at).length).toBeLessThanOrEqual(tight.perHour);
          }
          for (let key = 0; key < 7; key++) {
            const last = [...edits.keys()].filter((i) => i % 7 === key).pop();
            expect(stored.get(`case:${key}`)).toBe(last);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('keeps the default limits below chrome.storage.sync quotas', () => {
    expect(CASE_WRITE_LIMITS.perMinute).toBeLessThan(SYNC_QUOTA.writesPerMinute);
    expect(CASE_WRITE_LIMITS.perHour).toBeLessThan(SYNC_QUOTA.writesPerHour);
  });
});
