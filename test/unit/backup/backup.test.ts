import { exportBackup, serializeBackup } from '@/lib/backup/export';
import { BACKUP_FORMAT, type BackupEnvelope, backupFileName } from '@/lib/backup/format';
import { parseBackupText } from '@/lib/backup/parse';
import { type ImportPlan, planImport, planUndo, undoSnapshotSchema } from '@/lib/backup/plan';
import { type PreviewItem, previewImport } from '@/lib/backup/preview';
import { readUserData } from '@/lib/backup/user-data';
import { markDeleted } from '@/lib/cases/interactions';
import type { CaseDetail, CaseRecord } from '@/lib/cases/model';
import { fullBackupRegistry } from '@/lib/storage/items';
import { storageSnapshot } from '@/lib/storage/snapshot';
import { caseDetail, caseRecord, T0 } from '../cases/fixtures';

const registry = fullBackupRegistry();
const NOW = new Date(T0 + 1000);

const caseA = caseRecord({ id: '20424098481', title: 'Funds held' });
const caseB = caseRecord({ id: '20424098482', status: 'resolved', title: 'Old removal order', topic: 'removal-order' });
const caseMoved = caseRecord({ id: '20424098483', status: 'resolved', title: 'Moved to local' });
const detailA: CaseDetail = caseDetail({
  id: '20424098481',
  notes: '<script>alert(1)</script> plain text',
  notesUpdatedAt: T0,
  log: [{ id: 'e1', at: T0, direction: 'sent', channel: 'case-log', summary: 'Sent POA', updatedAt: T0 }],
});

/** Storage as the browser would hand it over: values, WXT `$` version records, and non-user data. */
function currentStorage(): Record<string, unknown> {
  return storageSnapshot({
    sync: {
      'case:20424098481': caseA,
      'case:20424098481$': { v: 1 },
      'case:20424098482': caseB,
      'case:20424098482$': { v: 1 },
      settings: { language: 'da', followUpHours: 72 },
      settings$: { v: 2 },
    },
    local: {
      'caseRecord:20424098483': caseMoved,
      'caseRecord:20424098483$': { v: 1 },
      'caseDetail:20424098481': detailA,
      'caseDetail:20424098481$': { v: 1 },
      notices: [{ id: 'n', kind: 'quarantined', item: 'x', at: T0 }],
      caseFollowUpNotified: { '20424098481': T0 },
    },
  });
}

/** Applies a plan the way the lead's I/O would: value plus version record, fallback cleared. */
function apply(snapshot: Record<string, unknown>, plan: ImportPlan): Record<string, unknown> {
  const next = { ...snapshot };
  for (const write of plan.writes) {
    next[write.key] = write.value;
    next[`${write.key}$`] = { v: write.version };
    if (write.key.startsWith('sync:')) delete next[`local:syncFallback:${write.key.slice(5)}`];
  }
  return next;
}

function roundTrip(snapshot: Record<string, unknown>): BackupEnvelope {
  const parsed = parseBackupText(serializeBackup(exportBackup(snapshot, registry, { now: NOW, app: '0.1.0' })));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.backup;
}

function statusOf(items: readonly PreviewItem[], key: string) {
  return items.find((i) => i.key === key);
}

describe('export', () => {
  it('writes every kind of user data under its canonical key, and nothing else', () => {
    const backup = exportBackup(currentStorage(), registry, { now: NOW, app: '0.1.0' });
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), app: '0.1.0' });
    expect(Object.keys(backup.data)).toEqual([
      'local:caseDetail:20424098481',
      'sync:case:20424098481',
      'sync:case:20424098482',
      'sync:case:20424098483',
      'sync:settings',
    ]);
    expect(backup.data['sync:case:20424098483']).toEqual(caseMoved);
    expect(backup.schemaVersions).toMatchObject({ case: 1, caseDetail: 1, settings: 2 });
    expect(backup.unreadable).toBeUndefined();
  });

  it('exports the newer value waiting in the sync fallback', () => {
    const newer = { ...caseA, title: 'Newer, refused by sync', updatedAt: T0 + 5 };
    const snapshot = { ...currentStorage(), 'local:syncFallback:case:20424098481': newer };
    expect(exportBackup(snapshot, registry, { now: NOW }).data['sync:case:20424098481']).toEqual(newer);
  });

  it('migrates old stored versions and carries unreadable values along instead of dropping them', () => {
    const snapshot = {
      ...currentStorage(),
      'sync:settings': { language: 'sv' },
      'sync:settings$': undefined,
      'sync:case:20424098489': { id: 'garbage' },
    };
    const backup = exportBackup(snapshot, registry, { now: NOW });
    expect(backup.data['sync:settings']).toEqual({ language: 'sv', followUpHours: 48 });
    expect(backup.unreadable).toEqual([
      { key: 'sync:case:20424098489', value: { id: 'garbage' }, reason: expect.stringContaining('schema') },
    ]);
  });

  it('names the file by date', () => {
    expect(backupFileName(new Date(Date.UTC(2025, 4, 3)))).toBe('seller-central-companion-backup-2025-05-03.json');
  });
});

describe('round trip', () => {
  it('shows everything unchanged when importing into the same data, and writes nothing', () => {
    const snapshot = currentStorage();
    const preview = previewImport(roundTrip(snapshot), snapshot, registry);
    expect(preview.counts).toEqual({ new: 0, updated: 0, unchanged: 5, conflict: 0, invalid: 0 });
    expect(planImport(preview, snapshot, T0).writes).toEqual([]);
  });

  it('restores identical data into an empty browser', () => {
    const snapshot = currentStorage();
    const preview = previewImport(roundTrip(snapshot), {}, registry);
    expect(preview.counts.new).toBe(5);
    const restored = apply({}, planImport(preview, {}, T0));
    expect(readUserData(restored, registry).records.size).toBe(5);
    expect(exportBackup(restored, registry, { now: NOW })).toEqual(exportBackup(snapshot, registry, { now: NOW }));
    // A restored case goes back to sync; one moved to local on this device stays local on re-import.
    expect(restored['sync:case:20424098483']).toEqual(caseMoved);
    expect(
      statusOf(previewImport(roundTrip(snapshot), snapshot, registry).items, 'sync:case:20424098483'),
    ).toMatchObject({
      target: 'local:caseRecord:20424098483',
    });
  });

  it('keeps HTML and script in the data as text through the file', () => {
    const backup = roundTrip(currentStorage());
    expect((backup.data['local:caseDetail:20424098481'] as CaseDetail).notes).toBe(
      '<script>alert(1)</script> plain text',
    );
  });

  it('carries a 1 MB note', () => {
    const notes = 'x'.repeat(1_048_576);
    const snapshot = { ...currentStorage(), 'local:caseDetail:20424098481': { ...detailA, notes } };
    expect((roundTrip(snapshot).data['local:caseDetail:20424098481'] as CaseDetail).notes).toHaveLength(1_048_576);
  });
});

describe('parse', () => {
  it('refuses corrupt JSON with the parser message', () => {
    const result = parseBackupText('{"format": "seller-central-companion/backup", "version": 1, ');
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt-json' } });
    expect(result.ok ? '' : result.error.detail).not.toBe('');
  });

  it('refuses a file from a newer version, saying which', () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: NOW.toISOString(), data: {} });
    expect(parseBackupText(text)).toEqual({
      ok: false,
      error: { code: 'newer-version', found: 2, supported: 1, detail: expect.stringContaining('version 2') },
    });
  });

  it.each([
    ['another JSON file', '{"name": "package"}'],
    ['an array', '[]'],
    ['a string', '"backup"'],
    ['null', 'null'],
  ])('refuses %s as not a backup', (_, text) => {
    expect(parseBackupText(text)).toMatchObject({ ok: false, error: { code: 'not-a-backup' } });
  });

  it('refuses a malformed envelope with reasons', () => {
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 'yesterday', data: [] });
    const result = parseBackupText(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-envelope' } });
    expect(result.ok ? '' : result.error.detail).toContain('exportedAt');
  });

  it('accepts a byte order mark', () => {
    const text = `\uFEFF${serializeBackup(exportBackup(currentStorage(), registry, { now: NOW }))}`;
    expect(parseBackupText(text).ok).toBe(true);
  });
});

describe('import preview and merge', () => {
  function backupWith(data: Record<string, unknown>, extra: Partial<BackupEnvelope> = {}): BackupEnvelope {
    return {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: NOW.toISOString(),
      schemaVersions: { case: 1, caseDetail: 1, settings: 2, quarantine: 1 },
      data,
      ...extra,
    };
  }

  it('classifies new, updated, unchanged, conflicts and invalid records with reasons', () => {
    const snapshot = currentStorage();
    const newer: CaseRecord = { ...caseA, status: 'answered', updatedAt: T0 + 10 };
    const older: CaseRecord = { ...caseB, title: 'Older title', updatedAt: T0 - 10 };
    const fresh = caseRecord({ id: '30000000001' });
    const backup = backupWith(
      {
        'sync:case:20424098481': newer,
        'sync:case:20424098482': older,
        'sync:case:20424098483': caseMoved,
        'sync:case:30000000001': fresh,
        'sync:case:30000000002': { ...fresh, id: '30000000002', title: 'x'.repeat(200) },
        'sync:case:30000000003': { ...fresh, id: '30000000009' },
        'sync:case:abc': fresh,
        'sync:settings': { language: 'en', followUpHours: 48 },
        'local:somethingElse': 1,
      },
      { unreadable: [{ key: 'sync:case:1', value: 'junk', reason: 'schema: ...' }] },
    );
    const preview = previewImport(backup, snapshot, registry);
    expect(preview.counts).toEqual({ new: 1, updated: 1, unchanged: 2, conflict: 1, invalid: 5 });
    expect(statusOf(preview.items, 'sync:case:20424098481')).toMatchObject({
      status: 'updated',
      reason: 'incoming-newer',
    });
    expect(statusOf(preview.items, 'sync:case:20424098482')).toMatchObject({
      status: 'unchanged',
      reason: 'current-newer',
    });
    expect(statusOf(preview.items, 'sync:case:30000000001')).toMatchObject({ status: 'new' });
    expect(statusOf(preview.items, 'sync:settings')).toMatchObject({ status: 'conflict', reason: 'differs' });
    expect(statusOf(preview.items, 'sync:case:30000000002')).toMatchObject({
      status: 'invalid',
      problem: { code: 'schema', detail: expect.stringContaining('title') },
    });
    expect(statusOf(preview.items, 'sync:case:30000000003')).toMatchObject({ problem: { code: 'wrong-key' } });
    expect(statusOf(preview.items, 'sync:case:abc')).toMatchObject({ problem: { code: 'wrong-key' } });
    expect(statusOf(preview.items, 'local:somethingElse')).toMatchObject({ problem: { code: 'unknown-key' } });
    expect(statusOf(preview.items, 'sync:case:1')).toMatchObject({ problem: { code: 'unreadable-at-export' } });
  });

  it('keeps current data on conflicts unless the seller takes the backup, and never deletes', () => {
    const snapshot = currentStorage();
    const backup = backupWith({ 'sync:settings': { language: 'en', followUpHours: 48 } });
    const preview = previewImport(backup, snapshot, registry);
    expect(planImport(preview, snapshot, T0).writes).toEqual([]);
    const taken = planImport(preview, snapshot, T0, { 'sync:settings': 'take' });
    expect(taken.writes).toEqual([{ key: 'sync:settings', value: { language: 'en', followUpHours: 48 }, version: 2 }]);
    // Records missing from the backup are untouched.
    const after = apply(snapshot, taken);
    expect(after['sync:case:20424098481']).toEqual(caseA);
  });

  it('asks before a backup deletes a live case, or when both copies carry the same time', () => {
    const snapshot = currentStorage();
    const deleting = markDeleted(caseA, T0 + 100);
    const sameTime = { ...caseB, title: 'Edited elsewhere' };
    const preview = previewImport(
      backupWith({ 'sync:case:20424098481': deleting, 'sync:case:20424098482': sameTime }),
      snapshot,
      registry,
    );
    expect(statusOf(preview.items, 'sync:case:20424098481')).toMatchObject({
      status: 'conflict',
      reason: 'incoming-deletes',
    });
    expect(statusOf(preview.items, 'sync:case:20424098482')).toMatchObject({
      status: 'conflict',
      reason: 'same-time-different-content',
    });
  });

  it('joins interaction logs and asks about differing notes', () => {
    const snapshot = currentStorage();
    const extraEntry = {
      id: 'e2',
      at: T0 + 5,
      direction: 'received',
      channel: 'email',
      summary: 'Reply',
      updatedAt: T0 + 5,
    } as const;
    const sameNotes = { ...detailA, log: [...detailA.log, extraEntry] };
    const preview = previewImport(backupWith({ 'local:caseDetail:20424098481': sameNotes }), snapshot, registry);
    expect(statusOf(preview.items, 'local:caseDetail:20424098481')).toMatchObject({
      status: 'updated',
      reason: 'merged',
    });

    const otherNotes = { ...sameNotes, notes: 'Rewritten on the laptop', notesUpdatedAt: T0 + 50 };
    const conflict = previewImport(backupWith({ 'local:caseDetail:20424098481': otherNotes }), snapshot, registry);
    const item = statusOf(conflict.items, 'local:caseDetail:20424098481');
    expect(item).toMatchObject({ status: 'conflict', reason: 'notes-differ' });
    const kept = planImport(conflict, snapshot, T0).writes[0]?.value as CaseDetail;
    expect(kept.notes).toBe(detailA.notes);
    expect(kept.log.map((e) => e.id)).toEqual(['e1', 'e2']);
    const taken = planImport(conflict, snapshot, T0, { 'local:caseDetail:20424098481': 'take' }).writes[0]
      ?.value as CaseDetail;
    expect(taken.notes).toBe('Rewritten on the laptop');
    expect(taken.log).toHaveLength(2);
  });

  it('refuses records from a newer item version', () => {
    const backup = backupWith({ 'sync:case:20424098481': caseA }, { schemaVersions: { case: 7 } });
    expect(statusOf(previewImport(backup, {}, registry).items, 'sync:case:20424098481')).toMatchObject({
      status: 'invalid',
      problem: { code: 'newer-item-version' },
    });
  });

  it('migrates records from an older item version on import', () => {
    const backup = backupWith({ 'sync:settings': { language: 'de' } }, { schemaVersions: { settings: 1 } });
    expect(statusOf(previewImport(backup, {}, registry).items, 'sync:settings')).toMatchObject({
      status: 'new',
      value: { language: 'de', followUpHours: 48 },
    });
  });
});

describe('undo', () => {
  it('restores the exact prior value of every touched key, once', () => {
    const snapshot = { ...currentStorage(), 'local:syncFallback:case:20424098481': { ...caseA, updatedAt: T0 + 1 } };
    const newer = { ...caseA, status: 'answered', updatedAt: T0 + 10 } as CaseRecord;
    const fresh = caseRecord({ id: '30000000001' });
    const backup = roundTrip({ 'sync:case:20424098481': newer, 'sync:case:30000000001': fresh });
    const plan = planImport(previewImport(backup, snapshot, registry), snapshot, T0);
    expect(plan.writes.map((w) => w.key)).toEqual(['sync:case:20424098481', 'sync:case:30000000001']);
    const after = apply(snapshot, plan);

    const undo = planUndo(JSON.parse(JSON.stringify(plan.undo)), after);
    expect(undo.changedSince).toEqual([]);
    const restored = { ...after, ...undo.set };
    for (const key of undo.remove) delete restored[key];
    expect(restored).toEqual(snapshot);
  });

  it('warns when a record was edited again after the import', () => {
    const snapshot = currentStorage();
    const fresh = caseRecord({ id: '30000000001' });
    const plan = planImport(
      previewImport(roundTrip({ 'sync:case:30000000001': fresh }), snapshot, registry),
      snapshot,
      T0,
    );
    const edited = { ...apply(snapshot, plan), 'sync:case:30000000001': { ...fresh, title: 'edited later' } };
    expect(planUndo(plan.undo, edited).changedSince).toEqual(['sync:case:30000000001']);
  });
});

// Survivors of `npm run mutation` (issue #17): each test below fails on the mutant named.
describe('undo: paths the mutation run found untested', () => {
  it('an import whose sync write fell back to local is not "changed since" (plan.ts:115)', () => {
    const snapshot = currentStorage();
    const fresh = caseRecord({ id: '30000000001' });
    const plan = planImport(
      previewImport(roundTrip({ 'sync:case:30000000001': fresh }), snapshot, registry),
      snapshot,
      T0,
    );
    // Sync refused the write (quota): the value sits in the local fallback instead.
    const { 'sync:case:30000000001': written, ...rest } = apply(snapshot, plan);
    const fellBack = { ...rest, 'local:syncFallback:case:30000000001': written };
    expect(planUndo(plan.undo, fellBack).changedSince).toEqual([]);
  });

  it('only a sync key is looked for in the sync fallback (plan.ts:115)', () => {
    const undo = {
      format: 'seller-central-companion/import-undo',
      createdAt: T0,
      before: [],
      after: [{ key: 'local:poa:DE', value: 1 }],
    } as const;
    const snapshot = { 'local:poa:DE': 2, 'local:syncFallback:poa:DE': 1 };
    expect(planUndo(undoSnapshotSchema.parse(undo), snapshot).changedSince).toEqual(['local:poa:DE']);
  });

  it('reads an undo record stored by an earlier session: its format string is fixed (plan.ts:21)', () => {
    const stored = {
      format: 'seller-central-companion/import-undo',
      createdAt: T0,
      before: [{ key: 'sync:settings', existed: false }],
      after: [{ key: 'sync:settings', value: { language: 'de' } }],
    };
    expect(undoSnapshotSchema.safeParse(stored).success).toBe(true);
    const plan = planImport(
      previewImport(roundTrip({ 'sync:settings': { language: 'de', followUpHours: 48 } }), {}, registry),
      {},
      T0,
    );
    expect(plan.undo.format).toBe('seller-central-companion/import-undo');
  });
});
