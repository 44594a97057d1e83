/**
 * Backup export and import under generated storage and files: any text or JSON as a backup file
 * (never throws, never writes anything invalid), export → import round trips that change nothing,
 * and imports into existing data that never lose a case, a log entry or a quarantined value, and
 * that undo exactly.
 */
import fc from 'fast-check';
import { exportBackup, serializeBackup } from '@/lib/backup/export';
import { BACKUP_FORMAT, type BackupEnvelope } from '@/lib/backup/format';
import { parseBackupText } from '@/lib/backup/parse';
import { type ImportPlan, planImport, planUndo, type Resolution, type UndoPlan } from '@/lib/backup/plan';
import { previewImport } from '@/lib/backup/preview';
import { resolveKey } from '@/lib/backup/registry';
import { readUserData } from '@/lib/backup/user-data';
import { sameData } from '@/lib/canonical-json';
import { CASE_RECORD_PREFIX, type CaseDetail, type CaseRecord } from '@/lib/cases/model';
import { fullBackupRegistry } from '@/lib/storage/items';
import type { QuarantineEntry } from '@/lib/storage/quarantine';
import { CASE_IDS, caseDetailFor, caseRecordFor, corruptValue, generatedSnapshot } from './arbitraries/backup';
import { hostileString } from './arbitraries/text';
import { checkProperty } from './support/property';

const SUBJECT = 'backup-import';
const registry = fullBackupRegistry();
const NOW = new Date(1_746_000_600_000);
const PARSE_ERRORS = ['too-large', 'corrupt-json', 'not-a-backup', 'newer-version', 'invalid-envelope'];

/** Applies a plan as lib/storage/backup-apply.ts does: sync case records go to their local fallback. */
function applyPlan(snapshot: Readonly<Record<string, unknown>>, plan: ImportPlan): Record<string, unknown> {
  const next: Record<string, unknown> = { ...snapshot };
  for (const write of plan.writes) {
    if (write.key.startsWith(CASE_RECORD_PREFIX)) {
      next[`local:syncFallback:${write.key.slice('sync:'.length)}`] = write.value;
      continue;
    }
    next[write.key] = write.value;
    next[`${write.key}$`] = { v: write.version };
  }
  return next;
}

function applyUndo(snapshot: Readonly<Record<string, unknown>>, undo: UndoPlan): Record<string, unknown> {
  const next: Record<string, unknown> = { ...snapshot };
  for (const [key, value] of Object.entries(undo.set)) next[key] = value;
  for (const key of undo.remove) delete next[key];
  return next;
}

function exported(snapshot: Readonly<Record<string, unknown>>): BackupEnvelope {
  return exportBackup(snapshot, registry, { now: NOW, app: '0.1.0' });
}

function reparsed(envelope: BackupEnvelope): BackupEnvelope {
  const parsed = parseBackupText(serializeBackup(envelope));
  if (!parsed.ok) throw new Error(`own export refused: ${JSON.stringify(parsed.error)}`);
  return parsed.backup;
}

const records = (snapshot: Readonly<Record<string, unknown>>) => readUserData(snapshot, registry).records;

/** Backup-shaped JSON with every field possibly wrong, and data under real, odd and hostile keys. */
const DATA_KEYS = [
  'sync:case:20424098481',
  'sync:case:204240',
  'local:caseRecord:204240',
  'local:syncFallback:case:204240',
  'local:caseDetail:20424098481',
  'local:caseDetail:204240',
  'sync:settings',
  'sync:settings$',
  'local:quarantine',
  'sync:case:',
  'sync:case:abc',
  'local:notices',
  '__proto__',
  'constructor',
  'toString',
];
const dataValue = fc.oneof(
  fc.constantFrom(...CASE_IDS).chain(caseRecordFor),
  fc.constantFrom(...CASE_IDS).chain(caseDetailFor),
  fc.record({ language: fc.constantFrom('en', 'sv', 'xx'), followUpHours: fc.integer({ min: 0, max: 200 }) }),
  corruptValue,
  fc.jsonValue({ maxDepth: 3 }),
);
const envelopeLike = fc.record(
  {
    format: fc.oneof({ weight: 5, arbitrary: fc.constant(BACKUP_FORMAT) }, { weight: 1, arbitrary: fc.jsonValue() }),
    version: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.jsonValue() }),
    exportedAt: fc.oneof(
      { weight: 5, arbitrary: fc.constant('2025-05-03T10:00:01.000Z') },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    app: fc.jsonValue(),
    schemaVersions: fc.oneof(
      fc.dictionary(
        fc.constantFrom('case', 'caseDetail', 'settings', 'quarantine', 'x'),
        fc.integer({ min: -1, max: 4 }),
      ),
      fc.jsonValue(),
    ),
    data: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...DATA_KEYS), fc.string()), dataValue, { maxKeys: 6 }),
      },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    unreadable: fc.oneof(
      fc.array(fc.record({ key: fc.constantFrom(...DATA_KEYS), value: fc.jsonValue(), reason: fc.string() }), {
        maxLength: 2,
      }),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: ['format', 'version', 'exportedAt', 'data'] },
);
const backupText = fc.oneof(
  hostileString(200),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  envelopeLike.map((v) => JSON.stringify(v)),
  envelopeLike.map((v) => `\ufeff${JSON.stringify(v, null, 2)}`),
  envelopeLike.map((v) => JSON.stringify(v).slice(0, -1)),
);

describe('backup import (generated)', () => {
  it('any text or JSON as a backup file: never throws, never plans an invalid write', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'any text or JSON given as a backup file (corrupt, wrong format or version, hostile keys such as __proto__, invalid records) never throws in parse, preview or plan; refused files give a known error; only valid records of registered kinds are ever written; invalid records keep their value',
        noLoss: true,
      },
      fc.property(
        backupText,
        generatedSnapshot,
        fc.array(fc.constantFrom<Resolution>('keep', 'take'), { maxLength: 8 }),
        (text, current, choices) => {
          const parsed = parseBackupText(text);
          if (!parsed.ok) {
            expect(PARSE_ERRORS).toContain(parsed.error.code);
            return;
          }
          const preview = previewImport(parsed.backup, current.snapshot, registry);
          const counts = Object.values(preview.counts).reduce((a, b) => a + b, 0);
          expect(counts).toBe(preview.items.length);
          for (const item of preview.items) {
            if (item.status !== 'invalid' || item.problem.code === 'unreadable-at-export') continue;
            expect(item.value).toBe(parsed.backup.data[item.key]);
          }
          const resolutions = Object.fromEntries(
            preview.items.filter((i) => i.status === 'conflict').map((item, n) => [item.key, choices[n] ?? 'keep']),
          );
          const plan = planImport(preview, current.snapshot, NOW.getTime(), resolutions);
          for (const write of plan.writes) {
            const resolved = resolveKey(registry, write.key);
            expect(resolved, write.key).not.toBeNull();
            expect(resolved?.entry.schema.safeParse(write.value).success, write.key).toBe(true);
          }
        },
      ),
    );
  });

  it('export → import into the same data changes nothing; into an empty browser restores it exactly', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'export → file → import round trip: into the same storage every record is unchanged and nothing is written; into an empty browser it restores data that exports identically; every corrupt stored value travels in the file as unreadable, intact',
        noLoss: true,
      },
      fc.property(generatedSnapshot, ({ snapshot, cases, corrupt }) => {
        const envelope = exported(snapshot);
        const backup = reparsed(envelope);
        expect(backup).toEqual(JSON.parse(JSON.stringify(envelope)));

        for (const key of corrupt) {
          const carried = backup.unreadable?.find((u) => u.key === key);
          expect(carried?.value, key).toEqual(snapshot[key]);
        }
        for (const c of cases) {
          const record = backup.data[`${CASE_RECORD_PREFIX}${c.id}`] as CaseRecord | undefined;
          expect(record, c.id).toBeDefined();
          expect(c.copies.some((copy) => sameData(copy.record, record))).toBe(true);
          expect(record?.updatedAt).toBe(Math.max(...c.copies.map((copy) => copy.record.updatedAt)));
          if (c.detail) expect(backup.data[`local:caseDetail:${c.id}`]).toEqual(c.detail);
        }

        const same = previewImport(backup, snapshot, registry);
        expect(same.counts.new + same.counts.updated + same.counts.conflict, JSON.stringify(same.items)).toBe(0);
        for (const item of same.items) {
          if (item.status === 'invalid') expect(item.problem.code).toBe('unreadable-at-export');
        }
        expect(planImport(same, snapshot, NOW.getTime()).writes).toEqual([]);

        const fresh = previewImport(backup, {}, registry);
        expect(fresh.counts.new).toBe(Object.keys(backup.data).length);
        const restored = applyPlan({}, planImport(fresh, {}, NOW.getTime()));
        expect(exported(restored).data).toEqual(envelope.data);
      }),
    );
  });

  it('an import into existing data never loses a case, a log entry or a quarantined value, and undoes exactly', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          "importing one generated browser's backup into another's data (any keep/take choices) never loses a case, a log entry or a quarantined value, never leaves a case older than before, keeps live cases live unless the seller took a delete, and undo restores every key exactly",
        noLoss: true,
      },
      fc.property(generatedSnapshot, generatedSnapshot, choicesArb, (current, other, choices) => {
        const { plan, resolutions, after } = importInto(current.snapshot, other.snapshot, choices);
        const before = records(current.snapshot);
        const incoming = records(other.snapshot);
        const result = records(after);
        for (const key of new Set([...before.keys(), ...incoming.keys()])) {
          const kept = result.get(key);
          expect(kept, `lost ${key}`).toBeDefined();
          if (!kept) continue;
          const mine = before.get(key)?.value;
          const theirs = incoming.get(key)?.value;
          if (key.startsWith(CASE_RECORD_PREFIX)) {
            const value = kept.value as CaseRecord;
            if (mine) expect(value.updatedAt, key).toBeGreaterThanOrEqual((mine as CaseRecord).updatedAt);
            if (mine && !(mine as CaseRecord).deleted && resolutions[key] !== 'take')
              expect(value.deleted, key).toBe(false);
          }
          if (key.startsWith('local:caseDetail:')) {
            const ids = new Set((kept.value as CaseDetail).log.map((e) => e.id));
            const logs = [
              ...((mine as CaseDetail | undefined)?.log ?? []),
              ...((theirs as CaseDetail | undefined)?.log ?? []),
            ];
            for (const entry of logs) expect(ids.has(entry.id), `${key} lost log entry ${entry.id}`).toBe(true);
            const myNotes = (mine as CaseDetail | undefined)?.notes ?? '';
            if (myNotes !== '' && resolutions[key] !== 'take') expect((kept.value as CaseDetail).notes).toBe(myNotes);
          }
          if (key === 'local:quarantine') {
            const ids = new Set((kept.value as QuarantineEntry[]).map((e) => e.id));
            const entries = [
              ...((mine as QuarantineEntry[] | undefined) ?? []),
              ...((theirs as QuarantineEntry[] | undefined) ?? []),
            ];
            for (const entry of entries) expect(ids.has(entry.id), `quarantine lost ${entry.id}`).toBe(true);
          }
        }
        // Nothing the import does not own is touched, and undo puts every key back as it was.
        const undone = applyUndo(after, planUndo(plan.undo, after));
        expect(undone).toEqual(current.snapshot);
      }),
    );
  });

  it('after an import every case reads as the preview said it would', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          "after an import each case reads back as its preview promised: the backup's copy when new, newer or taken in a conflict, the current copy when unchanged or kept (updatedAt aside)",
      },
      fc.property(generatedSnapshot, generatedSnapshot, choicesArb, (current, other, choices) => {
        const { preview, resolutions, after } = importInto(current.snapshot, other.snapshot, choices);
        const before = records(current.snapshot);
        const result = records(after);
        for (const item of preview.items) {
          if (item.status === 'invalid' || !item.key.startsWith(CASE_RECORD_PREFIX)) continue;
          const mine = before.get(item.key)?.value;
          const takes =
            item.status === 'new' ||
            item.status === 'updated' ||
            (item.status === 'conflict' && resolutions[item.key] === 'take');
          const promised = takes ? (item.status === 'conflict' ? item.take : item.value) : mine;
          const seen = result.get(item.key)?.value;
          expect(withoutTime(seen), `${item.key} (${item.status}, ${resolutions[item.key] ?? 'keep'})`).toEqual(
            withoutTime(promised),
          );
        }
      }),
    );
  });
});

const choicesArb = fc.array(fc.constantFrom<Resolution>('keep', 'take'), { maxLength: 20 });

/** One browser's export imported into another's storage with the seller's choices, applied as the options page does. */
function importInto(
  current: Readonly<Record<string, unknown>>,
  source: Readonly<Record<string, unknown>>,
  choices: readonly Resolution[],
) {
  const backup = reparsed(exported(source));
  const preview = previewImport(backup, current, registry);
  const conflicts = preview.items.filter((i) => i.status === 'conflict');
  const resolutions: Record<string, Resolution> = Object.fromEntries(
    conflicts.map((item, n) => [item.key, choices[n] ?? 'keep']),
  );
  const plan = planImport(preview, current, NOW.getTime(), resolutions);
  return { preview, resolutions, plan, after: applyPlan(current, plan) };
}

/** A case as the seller sees it: everything but the merge clock. */
function withoutTime(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const { updatedAt: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}
