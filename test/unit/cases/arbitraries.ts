import fc from 'fast-check';
import { logEntryId } from '@/lib/cases/interactions';
import {
  CASE_STATUSES,
  CASE_TOPICS,
  type CaseDetail,
  type CaseRecord,
  LOG_CHANNELS,
  LOG_DIRECTIONS,
  type LogEntry,
} from '@/lib/cases/model';

/** Few ids and few times, so generated copies collide and tie often. */
const id = fc.constantFrom('20424098481', '20424098482', '20424098483');
const time = fc.integer({ min: 0, max: 6 });

export const caseRecordArb: fc.Arbitrary<CaseRecord> = fc
  .record({
    id,
    marketplace: fc.constantFrom('sellercentral.amazon.de', 'sellercentral.amazon.se'),
    topic: fc.constantFrom(...CASE_TOPICS),
    title: fc.string({ maxLength: 80 }),
    status: fc.constantFrom(...CASE_STATUSES),
    createdAt: time,
    lastContactAt: time,
    updatedAt: time,
    deleted: fc.boolean(),
  })
  .map((r) => (r.deleted ? { ...r, deletedAt: r.updatedAt } : r));

export const caseMapArb = fc
  .array(caseRecordArb, { maxLength: 6 })
  .map((records) => Object.fromEntries(records.map((r) => [r.id, r])) as Record<string, CaseRecord>);

const logEntryArb: fc.Arbitrary<LogEntry> = fc
  .record({
    at: time,
    direction: fc.constantFrom(...LOG_DIRECTIONS),
    channel: fc.constantFrom(...LOG_CHANNELS),
    summary: fc.constantFrom('a', 'b', 'POA sent'),
    updatedAt: time,
    edited: fc.constantFrom('', 'edited'),
  })
  .map(({ edited, ...entry }) => {
    // The id is fixed at first logging, then the summary may be edited.
    const withId = { ...entry, id: logEntryId(entry) };
    return edited ? { ...withId, summary: `${entry.summary} ${edited}` } : withId;
  });

export const caseDetailArb: fc.Arbitrary<CaseDetail> = fc
  .record({
    notes: fc.constantFrom('', 'first', 'second'),
    notesUpdatedAt: time,
    overflow: fc.option(fc.record({ title: fc.option(fc.string(), { nil: undefined }), updatedAt: time }), {
      nil: undefined,
    }),
    log: fc.uniqueArray(logEntryArb, { selector: (e) => e.id, maxLength: 5 }),
  })
  .map(({ overflow, ...rest }) => ({
    id: '20424098481',
    ...rest,
    ...(overflow ? { overflow: overflow.title === undefined ? { updatedAt: overflow.updatedAt } : overflow } : {}),
    log: [...rest.log].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
  }));
