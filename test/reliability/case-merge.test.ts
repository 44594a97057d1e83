/**
 * Case merges between devices (sync) under generated copies: a merge keeps every case and every
 * log entry, picks the later edit, and gives the same result whatever order the copies meet in.
 */
import fc from 'fast-check';
import { sameData } from '@/lib/canonical-json';
import { mergeCaseDetail, mergeCaseRecordMaps, mergeLogs } from '@/lib/cases/merge';
import type { CaseRecord } from '@/lib/cases/model';
import { CASE_IDS, caseDetailFor, caseRecordFor } from './arbitraries/backup';
import { checkProperty } from './support/property';

const SUBJECT = 'case-merge';

const caseMap = fc
  .array(fc.constantFrom(...CASE_IDS).chain(caseRecordFor), { maxLength: 6 })
  .map((records) => Object.fromEntries(records.map((r) => [r.id, r])) as Record<string, CaseRecord>);
const detail = caseDetailFor('20424098481');

describe('case merge (generated)', () => {
  it('never loses a case, keeps the later copy, and does not depend on order', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'merging case maps from devices keeps every case id of every side, each as the copy with the latest updatedAt, and is commutative, associative and idempotent',
        noLoss: true,
      },
      fc.property(caseMap, caseMap, caseMap, (a, b, c) => {
        const ab = mergeCaseRecordMaps(a, b);
        expect(Object.keys(ab).sort()).toEqual([...new Set([...Object.keys(a), ...Object.keys(b)])].sort());
        for (const [id, record] of Object.entries(ab)) {
          const copies = [a[id], b[id]].filter((r): r is CaseRecord => r !== undefined);
          expect(copies.some((copy) => sameData(copy, record))).toBe(true);
          expect(record.updatedAt).toBe(Math.max(...copies.map((copy) => copy.updatedAt)));
        }
        expect(mergeCaseRecordMaps(b, a)).toEqual(ab);
        expect(mergeCaseRecordMaps(ab, c)).toEqual(mergeCaseRecordMaps(a, mergeCaseRecordMaps(b, c)));
        expect(mergeCaseRecordMaps(ab, ab)).toEqual(ab);
      }),
    );
  });

  it('never loses a log entry and keeps the later note', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'merging case details keeps every log entry id of both sides (each at its latest edit, sorted by time), the later notes, and does not depend on order',
        noLoss: true,
      },
      fc.property(detail, detail, (a, b) => {
        const merged = mergeCaseDetail(a, b);
        const ids = merged.log.map((entry) => entry.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a.log, ...b.log].map((entry) => entry.id)));
        for (const entry of merged.log) {
          const copies = [...a.log, ...b.log].filter((e) => e.id === entry.id);
          expect(entry.updatedAt).toBe(Math.max(...copies.map((e) => e.updatedAt)));
        }
        expect(merged.log.map((e) => e.at)).toEqual([...merged.log.map((e) => e.at)].sort((x, y) => x - y));
        expect(merged.notesUpdatedAt).toBe(Math.max(a.notesUpdatedAt, b.notesUpdatedAt));
        expect(mergeCaseDetail(b, a)).toEqual(merged);
        expect(mergeLogs(merged.log, a.log)).toEqual(merged.log);
      }),
    );
  });
});
