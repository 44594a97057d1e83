import { storageSnapshot } from '@/lib/storage/snapshot';
import { collectStoredCases } from '@/lib/storage/stored-cases';
import { caseDetail, caseRecord, HOUR, T0 } from './fixtures';

const ID = '20424098481';

describe('collecting stored cases from a snapshot', () => {
  it('joins the record and its detail, and says where the record lives', () => {
    const found = collectStoredCases(
      storageSnapshot({
        sync: { [`case:${ID}`]: caseRecord() },
        local: {
          [`caseDetail:${ID}`]: caseDetail({ notes: 'n', notesUpdatedAt: T0 }),
          'caseRecord:30000000001': caseRecord({ id: '30000000001' }),
        },
      }),
    );
    expect(found.cases.get(ID)).toEqual({
      record: caseRecord(),
      detail: caseDetail({ notes: 'n', notesUpdatedAt: T0 }),
      place: 'sync',
    });
    expect(found.cases.get('30000000001')?.place).toBe('local');
    expect(found.unreadable).toEqual([]);
  });

  it('takes the newer of sync and a write waiting in the local fallback, either way round', () => {
    const older = caseRecord({ title: 'older', updatedAt: T0 });
    const newer = caseRecord({ title: 'newer', updatedAt: T0 + HOUR });
    for (const [inSync, waiting] of [
      [older, newer],
      [newer, older],
    ]) {
      const found = collectStoredCases(
        storageSnapshot({ sync: { [`case:${ID}`]: inSync }, local: { [`syncFallback:case:${ID}`]: waiting } }),
      );
      expect(found.cases.get(ID)?.record.title).toBe('newer');
      expect(found.cases.get(ID)?.place).toBe('sync');
    }
  });

  it('keeps tombstones (the list hides them), and lists invalid values for quarantine instead of failing', () => {
    const found = collectStoredCases(
      storageSnapshot({
        sync: {
          [`case:${ID}`]: caseRecord({ deleted: true, deletedAt: T0 }),
          'case:30000000001': { id: 'not digits' },
        },
        local: { 'caseDetail:40000000001': caseDetail({ id: '40000000001' }) },
      }),
    );
    expect(found.cases.get(ID)?.record.deleted).toBe(true);
    expect(found.unreadable).toEqual(['sync:case:30000000001']);
    // A detail whose record has not arrived yet is not a case.
    expect(found.cases.has('40000000001')).toBe(false);
  });

  it('refuses a record filed under another case id', () => {
    const found = collectStoredCases(storageSnapshot({ sync: { 'case:30000000001': caseRecord() } }));
    expect(found.cases.size).toBe(0);
    expect(found.unreadable).toEqual(['sync:case:30000000001']);
  });
});
