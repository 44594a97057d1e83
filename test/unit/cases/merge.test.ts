import fc from 'fast-check';
import { editCase, markDeleted, recordInteraction } from '@/lib/cases/interactions';
import {
  mergeCaseDetail,
  mergeCaseRecord,
  mergeCaseRecordMaps,
  mergeLogs,
  purgeExpiredTombstones,
  TOMBSTONE_TTL_MS,
} from '@/lib/cases/merge';
import { caseDetailSchema, caseRecordSchema } from '@/lib/cases/model';
import { caseDetailArb, caseMapArb, caseRecordArb } from './arbitraries';
import { caseDetail, caseRecord, DAY, T0 } from './fixtures';

describe('merge properties', () => {
  it('record merge is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(caseRecordArb, caseRecordArb, caseRecordArb, (a, b, c) => {
        expect(mergeCaseRecord(a, b)).toEqual(mergeCaseRecord(b, a));
        expect(mergeCaseRecord(a, a)).toEqual(a);
        expect(mergeCaseRecord(mergeCaseRecord(a, b), c)).toEqual(mergeCaseRecord(a, mergeCaseRecord(b, c)));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('map merge is commutative and idempotent and never loses a case', () => {
    fc.assert(
      fc.property(caseMapArb, caseMapArb, (a, b) => {
        const ab = mergeCaseRecordMaps(a, b);
        expect(ab).toEqual(mergeCaseRecordMaps(b, a));
        expect(mergeCaseRecordMaps(ab, ab)).toEqual(ab);
        expect(mergeCaseRecordMaps(ab, a)).toEqual(ab);
        expect(Object.keys(ab).sort()).toEqual([...new Set([...Object.keys(a), ...Object.keys(b)])].sort());
        for (const [id, merged] of Object.entries(ab)) {
          // The winner is one of the inputs, and never older than either.
          const inputs = [a[id], b[id]].filter((r) => r !== undefined);
          expect(inputs).toContainEqual(merged);
          for (const input of inputs) expect(merged.updatedAt).toBeGreaterThanOrEqual(input.updatedAt);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('detail merge is commutative, associative and idempotent, and keeps every log entry', () => {
    fc.assert(
      fc.property(caseDetailArb, caseDetailArb, caseDetailArb, (a, b, c) => {
        const ab = mergeCaseDetail(a, b);
        expect(ab).toEqual(mergeCaseDetail(b, a));
        expect(mergeCaseDetail(a, a)).toEqual(a);
        expect(mergeCaseDetail(ab, c)).toEqual(mergeCaseDetail(a, mergeCaseDetail(b, c)));
        expect(caseDetailSchema.safeParse(ab).success).toBe(true);
        const ids = new Set([...a.log, ...b.log].map((e) => e.id));
        expect(ab.log.map((e) => e.id).sort()).toEqual([...ids].sort());
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('concurrent edits', () => {
  it('keeps both edits when two devices edit different cases', () => {
    const shared = { [caseRecord().id]: caseRecord(), '30000000001': caseRecord({ id: '30000000001' }) };
    const deviceA = { ...shared, '20424098481': editCase(caseRecord(), { status: 'answered' }, T0 + 10).record };
    const deviceB = {
      ...shared,
      '30000000001': editCase(caseRecord({ id: '30000000001' }), { topic: 'listing' }, T0 + 5).record,
    };
    const merged = mergeCaseRecordMaps(deviceA, deviceB);
    expect(merged['20424098481']?.status).toBe('answered');
    expect(merged['30000000001']?.topic).toBe('listing');
  });

  it('takes the later edit of the same case, whichever side it is on', () => {
    const early = editCase(caseRecord(), { title: 'First' }, T0 + 1).record;
    const late = editCase(caseRecord(), { title: 'Second' }, T0 + 2).record;
    expect(mergeCaseRecord(early, late).title).toBe('Second');
    expect(mergeCaseRecord(late, early).title).toBe('Second');
  });

  it('breaks a same-time tie the same way on both devices', () => {
    const a = editCase(caseRecord(), { title: 'Alpha' }, T0 + 1).record;
    const b = editCase(caseRecord(), { title: 'Beta' }, T0 + 1).record;
    expect(mergeCaseRecord(a, b)).toBe(mergeCaseRecord(b, a));
  });

  it('lets a later delete win over an earlier edit, and a later edit bring a deleted case back', () => {
    const edited = editCase(caseRecord(), { status: 'resolved' }, T0 + 1).record;
    const deleted = markDeleted(caseRecord(), T0 + 2);
    expect(mergeCaseRecord(edited, deleted).deleted).toBe(true);
    const editedLater = editCase(caseRecord(), { status: 'resolved' }, T0 + 3).record;
    expect(mergeCaseRecord(deleted, editedLater)).toMatchObject({ deleted: false, status: 'resolved' });
  });

  it('keeps the live case when a delete and an edit carry the same time', () => {
    const edited = editCase(caseRecord(), { status: 'answered' }, T0 + 1).record;
    const deleted = markDeleted(caseRecord(), T0 + 1);
    expect(mergeCaseRecord(deleted, edited)).toBe(edited);
    expect(mergeCaseRecord(edited, deleted)).toBe(edited);
  });

  it('joins interaction logs from two places without duplicates', () => {
    const base = caseRecord();
    const a = recordInteraction(
      base,
      caseDetail(),
      { at: T0 + 1, direction: 'sent', channel: 'case-log', summary: 'POA' },
      T0 + 1,
    );
    const b = recordInteraction(
      base,
      caseDetail(),
      { at: T0 + 2, direction: 'received', channel: 'email', summary: 'Reply' },
      T0 + 2,
    );
    const both = recordInteraction(
      a.record,
      a.detail,
      { at: T0 + 2, direction: 'received', channel: 'email', summary: 'Reply' },
      T0 + 3,
    );
    const merged = mergeCaseDetail(both.detail, b.detail);
    expect(merged.log.map((e) => e.summary)).toEqual(['POA', 'Reply']);
  });

  it('keeps the later edit of a log entry', () => {
    const entry = { id: 'x', at: T0, direction: 'sent', channel: 'email', summary: 'draft', updatedAt: T0 } as const;
    const edited = { ...entry, summary: 'final', updatedAt: T0 + 1 };
    expect(mergeLogs([entry], [edited])).toEqual([edited]);
    expect(mergeLogs([edited], [entry])).toEqual([edited]);
  });

  it('keeps the later notes whole', () => {
    const a = caseDetail({ notes: 'old', notesUpdatedAt: T0 });
    const b = caseDetail({ notes: 'new', notesUpdatedAt: T0 + 1 });
    expect(mergeCaseDetail(a, b).notes).toBe('new');
    expect(mergeCaseDetail(b, a).notes).toBe('new');
  });
});

describe('tombstones', () => {
  it('are purged 30 days after the delete, and live cases never', () => {
    const deleted = markDeleted(caseRecord(), T0);
    const live = caseRecord({ id: '30000000001', updatedAt: T0 - 400 * DAY, lastContactAt: T0 - 400 * DAY });
    const records = { [deleted.id]: deleted, [live.id]: live };
    expect(purgeExpiredTombstones(records, T0 + TOMBSTONE_TTL_MS - 1)).toEqual({ kept: records, purged: [] });
    expect(purgeExpiredTombstones(records, T0 + TOMBSTONE_TTL_MS)).toEqual({
      kept: { [live.id]: live },
      purged: [deleted.id],
    });
  });

  it('stay valid records, so they sync like any other', () => {
    expect(caseRecordSchema.safeParse(markDeleted(caseRecord(), T0)).success).toBe(true);
  });
});

// Survivors of `npm run mutation` (issue #17): each test below fails on the mutant named.
describe('merge: paths the mutation run found untested', () => {
  const entry = (summary: string, updatedAt: number) => ({
    id: 'e1',
    at: T0,
    direction: 'sent' as const,
    channel: 'case-log' as const,
    summary,
    updatedAt,
  });

  it('keeps the overflow when only one side has it, whichever side that is (merge.ts:77)', () => {
    const overflow = { title: 'A long title that did not fit the sync record', updatedAt: T0 };
    const withOverflow = caseDetail({ overflow });
    const without = caseDetail();
    expect(mergeCaseDetail(without, withOverflow).overflow).toEqual(overflow);
    expect(mergeCaseDetail(withOverflow, without).overflow).toEqual(overflow);
    expect(mergeCaseDetail(without, without)).not.toHaveProperty('overflow');
  });

  it('takes the later overflow even when the earlier one sorts after it as text (merge.ts:78)', () => {
    const later = { title: 'a', updatedAt: T0 + 2 };
    const earlier = { title: 'z', updatedAt: T0 + 1 };
    expect(mergeCaseDetail(caseDetail({ overflow: later }), caseDetail({ overflow: earlier })).overflow).toEqual(later);
    expect(mergeCaseDetail(caseDetail({ overflow: earlier }), caseDetail({ overflow: later })).overflow).toEqual(later);
  });

  it('keeps the later edit of a log entry even when the earlier one sorts after it as text (merge.ts:63)', () => {
    const later = entry('a', T0 + 2);
    const earlier = entry('z', T0 + 1);
    expect(mergeLogs([later], [earlier])).toEqual([later]);
    expect(mergeLogs([earlier], [later])).toEqual([later]);
  });

  it('ages a tombstone from its deletion, not from its last update (merge.ts:37)', () => {
    const now = T0 + 40 * DAY;
    const deletedLongAgo = caseRecord({ deleted: true, deletedAt: T0, updatedAt: now - DAY });
    const deletedLately = caseRecord({ deleted: true, deletedAt: now - DAY, updatedAt: T0 });
    expect(purgeExpiredTombstones({ x: deletedLongAgo }, now).purged).toEqual(['x']);
    expect(purgeExpiredTombstones({ x: deletedLately }, now).purged).toEqual([]);
  });

  it('lists purged ids in order, whatever order the records came in (merge.ts:54)', () => {
    const old = caseRecord({ deleted: true, deletedAt: T0, updatedAt: T0 });
    const { purged } = purgeExpiredTombstones({ c: old, a: old, b: old }, T0 + TOMBSTONE_TTL_MS);
    expect(purged).toEqual(['a', 'b', 'c']);
  });
});
