/**
 * Storage snapshots as the browser hands them to export and import: valid cases (in sync, moved
 * to local, waiting in the sync fallback, or in two places at once), case details with logs,
 * settings and quarantine at their versions, plus corrupt values and keys that are not user data.
 * Ids and times come from small pools so two snapshots share cases, tie, and conflict often.
 */
import fc from 'fast-check';
import {
  CASE_DETAIL_PREFIX,
  CASE_RECORD_PREFIX,
  CASE_STATUSES,
  CASE_TOPICS,
  type CaseDetail,
  type CaseRecord,
  caseDetailSchema,
  caseRecordSchema,
  LOCAL_CASE_RECORD_PREFIX,
  LOG_CHANNELS,
  LOG_DIRECTIONS,
  type LogEntry,
} from '@/lib/cases/model';
import { LANGUAGE_SETTINGS, settingsSchema } from '@/lib/storage/items/settings';
import type { QuarantineEntry } from '@/lib/storage/quarantine';

export const CASE_IDS = ['204240', '2042409', '20424098481', '20424098482', '1234567890', '123456789012345'] as const;
const HOSTS = ['sellercentral.amazon.de', 'sellercentral.amazon.se', 'sellercentral-europe.amazon.com'];
const T0 = 1_746_000_000_000;
const time = fc.integer({ min: 0, max: 4 }).map((step) => T0 + step * 60_000);

/** Text as sellers type it, markup and emoji included; JSON-safe (the browser stores JSON). */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom('', '<script>alert(1)</script>', 'Funds held — POA sent', '"quoted" \\ backslash'),
  );

export const caseRecordFor = (id: string): fc.Arbitrary<CaseRecord> =>
  fc
    .record(
      {
        marketplace: fc.constantFrom(...HOSTS),
        topic: fc.constantFrom(...CASE_TOPICS),
        title: text(30).map((t) => t.slice(0, 80)),
        status: fc.constantFrom(...CASE_STATUSES),
        createdAt: time,
        lastContactAt: time,
        lastSentAt: time,
        nextFollowUpAt: time,
        lastSeenAt: time,
        updatedAt: time,
        deleted: fc.boolean(),
      },
      {
        requiredKeys: ['marketplace', 'topic', 'title', 'status', 'createdAt', 'lastContactAt', 'updatedAt', 'deleted'],
      },
    )
    .map((r) => ({ id, ...r, ...(r.deleted ? { deletedAt: r.updatedAt } : {}) }));

const logEntry: fc.Arbitrary<LogEntry> = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5'),
  at: time,
  direction: fc.constantFrom(...LOG_DIRECTIONS),
  channel: fc.constantFrom(...LOG_CHANNELS),
  summary: text(20),
  updatedAt: time,
});

export const caseDetailFor = (id: string): fc.Arbitrary<CaseDetail> =>
  fc
    .record({
      notes: fc.oneof(fc.constantFrom('', 'first notes', 'second notes'), text(40)),
      notesUpdatedAt: time,
      overflow: fc.option(fc.record({ title: fc.option(text(100), { nil: undefined }), updatedAt: time }), {
        nil: undefined,
      }),
      log: fc.uniqueArray(logEntry, { selector: (e) => e.id, maxLength: 4 }),
    })
    .map(({ overflow, ...rest }) => ({
      id,
      ...rest,
      ...(overflow ? { overflow: overflow.title === undefined ? { updatedAt: overflow.updatedAt } : overflow } : {}),
    }));

/** Where a case record sits: sync, moved to local, waiting in the sync fallback, or two of these. */
const PLACES = ['sync', 'moved', 'fallback', 'sync+fallback', 'sync+moved'] as const;
type Place = (typeof PLACES)[number];

function recordKeys(id: string, place: Place): string[] {
  const sync = `${CASE_RECORD_PREFIX}${id}`;
  const moved = `${LOCAL_CASE_RECORD_PREFIX}${id}`;
  const fallback = `local:syncFallback:case:${id}`;
  switch (place) {
    case 'sync':
      return [sync];
    case 'moved':
      return [moved];
    case 'fallback':
      return [fallback];
    case 'sync+fallback':
      return [sync, fallback];
    case 'sync+moved':
      return [sync, moved];
  }
}

const quarantineEntry: fc.Arbitrary<QuarantineEntry> = fc.record({
  id: fc.constantFrom('q1', 'q2', 'q3'),
  item: fc.constantFrom('sync:case:1', 'sync:settings', 'local:caseDetail:204240'),
  value: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  reason: text(20),
  at: time,
});

/** Values that fail validation wherever they are stored (checked against every schema they could land under). */
export const corruptValue = fc
  .oneof(
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
    fc.constantFrom<unknown>('garbage', 42, [], {}, { id: 'nope' }, { id: '20424098481', deleted: 'yes' }),
  )
  .filter(
    (value) =>
      value != null &&
      !caseRecordSchema.safeParse(value).success &&
      !caseDetailSchema.safeParse(value).success &&
      !settingsSchema.safeParse(value).success,
  );

export interface GeneratedCase {
  readonly id: string;
  readonly copies: readonly { readonly key: string; readonly record: CaseRecord }[];
  readonly detail: CaseDetail | undefined;
}

export interface GeneratedSnapshot {
  readonly snapshot: Record<string, unknown>;
  readonly cases: readonly GeneratedCase[];
  /** Keys holding a corrupt user-data value: export must carry each one along as unreadable. */
  readonly corrupt: readonly string[];
}

const generatedCase = (id: string): fc.Arbitrary<GeneratedCase> =>
  fc
    .record({
      place: fc.constantFrom(...PLACES),
      records: fc.array(caseRecordFor(id), { minLength: 2, maxLength: 2 }),
      detail: fc.option(caseDetailFor(id), { nil: undefined }),
    })
    .map(({ place, records, detail }) => ({
      id,
      copies: recordKeys(id, place).map((key, i) => ({ key, record: records[i] ?? (records[0] as CaseRecord) })),
      detail,
    }));

export const generatedSnapshot: fc.Arbitrary<GeneratedSnapshot> = fc
  .record({
    ids: fc.subarray([...CASE_IDS]),
    settings: fc.option(
      fc.record({ language: fc.constantFrom(...LANGUAGE_SETTINGS), followUpHours: fc.integer({ min: 24, max: 96 }) }),
      { nil: undefined },
    ),
    quarantine: fc.option(fc.uniqueArray(quarantineEntry, { selector: (e) => e.id, maxLength: 3 }), { nil: undefined }),
    corrupt: fc.array(
      fc.tuple(
        fc.constantFrom('sync:case:111111', 'local:caseDetail:222222', 'sync:settings', 'local:caseRecord:333333'),
        corruptValue,
      ),
      { maxLength: 2 },
    ),
    versionRecords: fc.boolean(),
    other: fc.dictionary(
      fc.constantFrom('local:notices', 'session:tab:1', 'local:caseFollowUpNotified'),
      fc.jsonValue({ maxDepth: 1 }),
    ),
  })
  .chain(({ ids, ...rest }) =>
    fc.tuple(...ids.map(generatedCase)).map((cases) => ({ cases: cases as GeneratedCase[], ...rest })),
  )
  .map(({ cases, settings, quarantine, corrupt, versionRecords, other }) => {
    const snapshot: Record<string, unknown> = { ...(JSON.parse(JSON.stringify(other)) as Record<string, unknown>) };
    const corruptKeys: string[] = [];
    for (const [key, value] of corrupt) {
      // A corrupt value under a key that also holds a generated record would replace it; keep the record.
      snapshot[key] = value;
      corruptKeys.push(key);
    }
    if (settings) {
      snapshot['sync:settings'] = settings;
      snapshot['sync:settings$'] = { v: 2 };
    }
    if (quarantine) snapshot['local:quarantine'] = quarantine;
    for (const c of cases) {
      for (const { key, record } of c.copies) {
        snapshot[key] = record;
        if (versionRecords && !key.startsWith('local:syncFallback:')) snapshot[`${key}$`] = { v: 1 };
      }
      if (c.detail) snapshot[`${CASE_DETAIL_PREFIX}${c.detail.id}`] = c.detail;
    }
    // A corrupt settings value without a version record reads as version 1 and is migrated, not kept as corrupt.
    if ('sync:settings' in snapshot && !settings) snapshot['sync:settings$'] = { v: 2 };
    // Valid settings written after a corrupt one replace it.
    const corruptLeft = [...new Set(corruptKeys)].filter((key) => !(settings && key === 'sync:settings'));
    return { snapshot, cases, corrupt: corruptLeft };
  });
