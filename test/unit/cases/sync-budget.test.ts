import type { CaseRecord } from '@/lib/cases/model';
import { planSyncBudget, SYNC_QUOTA, type SyncItemSize } from '@/lib/cases/sync-budget';
import { caseRecordBytes, caseSyncName } from '@/lib/cases/sync-size';
import { caseRecord, DAY, T0 } from './fixtures';

function syncItems(records: readonly CaseRecord[], extra: SyncItemSize[] = []): SyncItemSize[] {
  return [
    ...records.flatMap((r) => [
      { name: caseSyncName(r.id), bytes: caseRecordBytes(r) },
      { name: `${caseSyncName(r.id)}$`, bytes: 16 },
    ]),
    ...extra,
  ];
}

function manyCases(count: number, status: (i: number) => CaseRecord['status']): CaseRecord[] {
  return Array.from({ length: count }, (_, i) =>
    caseRecord({ id: String(10_000_000_000 + i), status: status(i), lastContactAt: T0 - i * DAY }),
  );
}

describe('sync budget', () => {
  it('moves nothing below 90 %', () => {
    const records = manyCases(100, () => 'resolved');
    const plan = planSyncBudget(syncItems(records), records);
    expect(plan.overThreshold).toBe(false);
    expect(plan.moveToLocal).toEqual([]);
    expect(plan.usage).toBeLessThan(0.9);
  });

  it('moves the oldest resolved cases first until usage is under 80 %', () => {
    // 300 cases of ~300 bytes: over 90 % of 102,400 bytes.
    const records = manyCases(300, (i) => (i % 2 === 0 ? 'resolved' : 'open'));
    const plan = planSyncBudget(syncItems(records), records);
    expect(plan.overThreshold).toBe(true);
    expect(plan.after.usage).toBeLessThan(0.8);
    expect(plan.moveToLocal.length).toBeGreaterThan(0);
    const moved = plan.moveToLocal.map((id) => records.find((r) => r.id === id) as CaseRecord);
    expect(moved.every((r) => r.status === 'resolved')).toBe(true);
    // Oldest contact first.
    const contacts = moved.map((r) => r.lastContactAt);
    expect(contacts).toEqual([...contacts].sort((a, b) => a - b));
    const oldestResolved = records
      .filter((r) => r.status === 'resolved')
      .sort((a, b) => a.lastContactAt - b.lastContactAt)[0];
    expect(plan.moveToLocal[0]).toBe(oldestResolved?.id);
  });

  it('moves open cases only when resolved ones are not enough, and never tombstones', () => {
    const records = [
      ...manyCases(310, () => 'open'),
      caseRecord({ id: '99999999991', status: 'resolved', lastContactAt: T0 }),
      caseRecord({ id: '99999999992', deleted: true, deletedAt: T0, lastContactAt: 0 }),
    ];
    const plan = planSyncBudget(syncItems(records), records);
    expect(plan.moveToLocal[0]).toBe('99999999991');
    expect(plan.moveToLocal).not.toContain('99999999992');
    expect(plan.moveToLocal.length).toBeGreaterThan(1);
    expect(plan.after.usage).toBeLessThan(0.8);
  });

  it('counts items as well as bytes (512 items at most)', () => {
    const records = manyCases(40, () => 'resolved');
    const small = Array.from({ length: 400 }, (_, i) => ({ name: `checklist:${i}`, bytes: 20 }));
    const plan = planSyncBudget(syncItems(records, small), records);
    expect(plan.usedItems).toBe(480);
    expect(plan.overThreshold).toBe(true);
    expect(plan.after.items).toBeLessThan(SYNC_QUOTA.maxItems * 0.8);
  });

  it('skips cases that are already local and reports oversized items without dropping them', () => {
    const records = manyCases(5, () => 'resolved');
    const plan = planSyncBudget([{ name: 'settings', bytes: 9_000 }], records);
    expect(plan.oversized).toEqual(['settings']);
    expect(plan.moveToLocal).toEqual([]);
  });
});
