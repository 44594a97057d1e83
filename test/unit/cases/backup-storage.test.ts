import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup, serializeBackup } from '@/lib/backup/export';
import { parseBackupText } from '@/lib/backup/parse';
import { planImport } from '@/lib/backup/plan';
import { previewImport } from '@/lib/backup/preview';
import { applyImport, applyUndo, planStoredUndo, readUndo } from '@/lib/storage/backup-apply';
import { settleSync } from '@/lib/storage/case-store';
import { fullBackupRegistry } from '@/lib/storage/items';
import { takeSnapshot } from '@/lib/storage/snapshot';
import { caseDetail, caseRecord, HOUR, T0 } from './fixtures';

const registry = fullBackupRegistry();
const ID = '20424098481';

async function seed(): Promise<void> {
  await fakeBrowser.storage.sync.set({
    [`case:${ID}`]: caseRecord({ title: '<script>alert(1)</script> stays text' }),
    settings: { language: 'da', followUpHours: 72 },
    settings$: { v: 2 },
    'progress:SE:hold': { done: { 'find-cause': T0 } },
    userPhrases: [{ id: 'p1', language: 'sv', state: 'on-hold', text: 'kontot är pausat', addedAt: T0 }],
  });
  await fakeBrowser.storage.local.set({
    [`caseDetail:${ID}`]: caseDetail({
      notes: 'Called on Monday',
      notesUpdatedAt: T0,
      log: [{ id: 'a', at: T0, direction: 'sent', channel: 'case-log', summary: 'Sent invoice', updatedAt: T0 }],
    }),
    'caseRecord:30000000001': caseRecord({ id: '30000000001', status: 'resolved' }),
    'poa:SE': {
      sections: {
        acknowledgement: 'We understand',
        'root-cause': '',
        'immediate-actions': '',
        'preventive-measures': '',
        evidence: '',
      },
      updatedAt: T0,
    },
    notices: [{ id: 'x', kind: 'quarantined', item: 'sync:settings', at: T0 }],
  });
}

async function exportNow(): Promise<string> {
  return serializeBackup(exportBackup(await takeSnapshot(), registry, { now: new Date(T0) }));
}

async function importText(text: string, resolutions = {}) {
  const parsed = parseBackupText(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  const snapshot = await takeSnapshot();
  const preview = previewImport(parsed.backup, snapshot, registry);
  await applyImport(planImport(preview, snapshot, T0 + HOUR, resolutions));
  // What the background does when it sees case records waiting for sync.
  await settleSync(T0 + HOUR);
  return preview;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('backup through extension storage', () => {
  it('export -> import into an empty browser -> export gives identical data', async () => {
    await seed();
    const first = await exportNow();
    expect(JSON.parse(first).data).toHaveProperty('sync:case:30000000001'); // a moved case exports under its sync key
    expect(JSON.parse(first).data).not.toHaveProperty('local:notices'); // not user data

    fakeBrowser.reset();
    const preview = await importText(first);
    expect(preview.counts).toMatchObject({ new: 7, updated: 0, conflict: 0, invalid: 0 });
    expect(await exportNow()).toBe(first);
  });

  it('importing the same file again changes nothing', async () => {
    await seed();
    const text = await exportNow();
    const preview = await importText(text);
    expect(preview.counts).toMatchObject({ new: 0, updated: 0, conflict: 0, unchanged: 7 });
  });

  it('keeps the seller’s notes on a conflict unless they take the file’s, and always joins the log', async () => {
    await seed();
    const text = await exportNow();
    await fakeBrowser.storage.local.set({
      [`caseDetail:${ID}`]: caseDetail({
        notes: 'Edited after the backup',
        notesUpdatedAt: T0 - HOUR,
        log: [{ id: 'b', at: T0, direction: 'received', channel: 'email', summary: 'Reply', updatedAt: T0 }],
      }),
    });
    const preview = await importText(text);
    expect(preview.items.find((i) => i.key === `local:caseDetail:${ID}`)).toMatchObject({
      status: 'conflict',
      reason: 'notes-differ',
    });
    const detail = (await fakeBrowser.storage.local.get(`caseDetail:${ID}`))[`caseDetail:${ID}`] as {
      notes: string;
      log: Array<{ id: string }>;
    };
    expect(detail.notes).toBe('Edited after the backup');
    expect(detail.log.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('undoes an import exactly, once', async () => {
    await seed();
    const text = await exportNow();
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: { language: 'sv', followUpHours: 24 }, settings$: { v: 2 } });
    const before = await takeSnapshot();
    await importText(text, { 'sync:settings': 'take' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ language: 'da', followUpHours: 72 });

    const undo = await planStoredUndo();
    expect(undo?.plan.changedSince).toEqual([]);
    await applyUndo(undo?.plan ?? { set: {}, remove: [], changedSince: [] });
    expect(await takeSnapshot()).toEqual(before);
    expect(await readUndo()).toBeNull();
    expect(await planStoredUndo()).toBeNull();
  });

  it('refuses a file from a newer version and a corrupt file before touching anything', async () => {
    const newer = parseBackupText(JSON.stringify({ format: 'seller-central-companion/backup', version: 2, data: {} }));
    expect(newer.ok === false && newer.error.code).toBe('newer-version');
    const corrupt = parseBackupText('{"format": "seller-central-companion/backup", "version": 1, "data": {');
    expect(corrupt.ok === false && corrupt.error.code).toBe('corrupt-json');
  });

  it('hands case records for sync to the background through the fallback, so sync limits apply', async () => {
    await seed();
    const text = await exportNow();
    fakeBrowser.reset();
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error('unexpected');
    const snapshot = await takeSnapshot();
    await applyImport(planImport(previewImport(parsed.backup, snapshot, registry), snapshot, T0));
    expect(await fakeBrowser.storage.sync.get(`case:${ID}`)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(`syncFallback:case:${ID}`);
    await settleSync(T0);
    expect((await fakeBrowser.storage.sync.get(`case:${ID}`))[`case:${ID}`]).toMatchObject({ id: ID });
  });
});
