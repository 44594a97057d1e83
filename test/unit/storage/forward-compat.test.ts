/**
 * Issue #17: nothing lost between versions and browsers. Values a newer version wrote are kept
 * as they are; invalid synced values are copied aside, never removed from sync; unknown fields
 * survive writes; imports resolve repeated keys, offer deleted cases for restore, never write
 * over newer values and refuse what cannot fit.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { caseHandlers, casesIdle, registerCaseHandlers } from '@/entrypoints/background/cases';
import { repeatedDataKeys } from '@/lib/backup/duplicate-keys';
import { exportBackup } from '@/lib/backup/export';
import { BACKUP_FORMAT, type BackupEnvelope } from '@/lib/backup/format';
import { parseBackupText } from '@/lib/backup/parse';
import { planImport } from '@/lib/backup/plan';
import { previewImport } from '@/lib/backup/preview';
import { removeAllListeners } from '@/lib/messaging';
import { applyImport, ImportFailure, importSpace } from '@/lib/storage/backup-apply';
import { readCaseRecords } from '@/lib/storage/case-records';
import { fullBackupRegistry, STORED_ITEMS } from '@/lib/storage/items';
import { settingsItem } from '@/lib/storage/items/settings';
import { newerValues } from '@/lib/storage/newer-values';
import { listQuarantine } from '@/lib/storage/quarantine';
import { takeSnapshot } from '@/lib/storage/snapshot';
import { NEWER_VERSION } from '@/lib/storage/stored-item';
import { servePackagedMessages } from '../../support/packaged-messages';
import { caseRecord, DAY, T0 } from '../cases/fixtures';

const ID = '20424098481';
const REGISTRY = fullBackupRegistry();
const newerSettings = { language: 'ko', followUpHours: 48, theme: { accent: 'teal' } };
const newerCase = { ...caseRecord(), topic: 'brand-registry', labels: ['vip'] };

beforeEach(() => {
  fakeBrowser.reset();
  servePackagedMessages();
  registerCaseHandlers();
});

afterEach(async () => {
  for (let i = 0; i < 4; i++) await casesIdle();
  removeAllListeners();
});

describe('values a newer version wrote (findings 1, 2)', () => {
  it('reads settings a newer version saved without setting them aside, and refuses to write over them', async () => {
    await fakeBrowser.storage.sync.set({ settings: newerSettings, settings$: { v: 3 } });
    expect(await settingsItem.get()).toEqual({ language: 'auto', followUpHours: 48 });
    expect(await settingsItem.isNewer()).toBe(true);
    await expect(settingsItem.update((s) => ({ ...s, language: 'de' }))).rejects.toThrow(NEWER_VERSION);
    await expect(settingsItem.remove()).rejects.toThrow(NEWER_VERSION);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: newerSettings, settings$: { v: 3 } });
    expect(await listQuarantine()).toEqual([]);
  });

  it('copies invalid settings with no newer marker aside and leaves them in sync', async () => {
    await fakeBrowser.storage.sync.set({ settings: { language: 'ko', followUpHours: 48 }, settings$: { v: 2 } });
    expect((await settingsItem.get()).language).toBe('auto');
    await settingsItem.get();
    expect((await listQuarantine()).map((entry) => entry.item)).toEqual(['sync:settings']);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ language: 'ko', followUpHours: 48 });
  });

  it('lists a case a newer version saved apart, and a save of the same ID never overwrites it', async () => {
    await fakeBrowser.storage.sync.set({ [`case:${ID}`]: newerCase, [`case:${ID}$`]: { v: 2 } });
    const stored = await readCaseRecords();
    expect(stored.cases.size).toBe(0);
    expect(stored.newer).toEqual([{ id: ID, title: newerCase.title }]);
    await expect(caseHandlers.caseAdd({ id: ID, marketplace: 'DE', title: 'Mine' })).rejects.toThrow(NEWER_VERSION);
    for (let i = 0; i < 4; i++) await casesIdle();
    expect((await fakeBrowser.storage.sync.get(null))[`case:${ID}`]).toEqual(newerCase);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.includes(ID))).toEqual([]);
    expect(await listQuarantine()).toEqual([]);
  });

  it('counts newer values for the options page and exports them verbatim', async () => {
    await fakeBrowser.storage.sync.set({
      settings: newerSettings,
      settings$: { v: 3 },
      [`case:${ID}`]: newerCase,
      [`case:${ID}$`]: { v: 2 },
    });
    const snapshot = await takeSnapshot();
    expect(newerValues(snapshot, STORED_ITEMS).map((v) => v.key)).toEqual([`sync:case:${ID}`, 'sync:settings']);
    const file = exportBackup(snapshot, REGISTRY, { now: new Date(T0) });
    expect(file.unreadable?.find((u) => u.key === 'sync:settings')?.value).toEqual(newerSettings);
    expect(file.unreadable?.find((u) => u.key === `sync:case:${ID}`)?.value).toEqual(newerCase);
  });

  it('an import never writes over a value a newer version saved here', async () => {
    await fakeBrowser.storage.sync.set({ [`case:${ID}`]: newerCase, [`case:${ID}$`]: { v: 2 } });
    const backup = envelope({ [`sync:case:${ID}`]: caseRecord({ updatedAt: T0 + DAY }) });
    const preview = previewImport(backup, await takeSnapshot(), REGISTRY);
    expect(preview.items).toMatchObject([{ key: `sync:case:${ID}`, status: 'unchanged', reason: 'current-newer' }]);
  });
});

describe('unknown fields (finding 3)', () => {
  it('an edit of a synced case keeps the fields this version does not know, at every level', async () => {
    await fakeBrowser.storage.sync.set({ [`case:${ID}`]: { ...caseRecord(), labels: ['vip'], extra: { a: 1 } } });
    expect(await caseHandlers.caseEdit({ id: ID, status: 'answered' })).toBe(true);
    for (let i = 0; i < 4; i++) await casesIdle();
    const local = await fakeBrowser.storage.local.get(null);
    const sync = await fakeBrowser.storage.sync.get(null);
    const record = (sync[`case:${ID}`] ?? local[`syncFallback:case:${ID}`]) as Record<string, unknown>;
    expect(record).toMatchObject({ status: 'answered', labels: ['vip'], extra: { a: 1 } });
  });
});

function envelope(data: Record<string, unknown>): BackupEnvelope {
  return { format: BACKUP_FORMAT, version: 1, exportedAt: new Date(T0).toISOString(), data };
}

describe('imports (findings 4, 5, 7)', () => {
  it('finds repeated keys in the data object, with every copy in file order', () => {
    const text = `{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"2025-05-03T10:00:00.000Z","data":{"sync:case:1":{"n":"a \\" }"},"sync:settings":[1,{"x":2}],"sync:case:1":{"n":2}}}`;
    expect([...repeatedDataKeys(text)]).toEqual([['sync:case:1', [{ n: 'a " }' }, { n: 2 }]]]);
    expect(repeatedDataKeys(JSON.stringify(envelope({ a: 1, b: 2 })))).toEqual(new Map());
  });

  it('resolves two copies of one case in a file by updatedAt, not by their order, and lists them', async () => {
    const newer = caseRecord({ title: 'Newer copy', updatedAt: T0 + DAY });
    const older = caseRecord({ title: 'Older copy', updatedAt: T0 });
    const text = `{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"2025-05-03T10:00:00.000Z","data":{"sync:case:${ID}":${JSON.stringify(newer)},"sync:case:${ID}":${JSON.stringify(older)}}}`;
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error('expected a backup');
    const preview = previewImport(parsed.backup, await takeSnapshot(), REGISTRY, parsed.repeated);
    expect(preview.items).toMatchObject([{ status: 'new', value: { title: 'Newer copy' } }]);
    expect(preview.repeated).toEqual([{ key: `sync:case:${ID}`, copies: 2 }]);
  });

  it('offers a case deleted here for restore, and restores it when the seller says so', async () => {
    const live = caseRecord({ updatedAt: T0 });
    const tombstone = caseRecord({ deleted: true, deletedAt: T0 + DAY, updatedAt: T0 + DAY });
    await fakeBrowser.storage.sync.set({ [`case:${ID}`]: tombstone });
    const snapshot = await takeSnapshot();
    const preview = previewImport(envelope({ [`sync:case:${ID}`]: live }), snapshot, REGISTRY);
    expect(preview.items).toMatchObject([{ status: 'conflict', reason: 'deleted-here', current: tombstone }]);
    const plan = planImport(preview, snapshot, T0 + 2 * DAY, { [`sync:case:${ID}`]: 'take' });
    expect(plan.writes).toMatchObject([{ value: { deleted: false, updatedAt: T0 + DAY + 1 } }]);
    expect(planImport(preview, snapshot, T0 + 2 * DAY).writes).toEqual([]);
  });

  it('refuses before writing what cannot fit, with the size and the limit', async () => {
    const huge = 'x'.repeat(11 * 1024 * 1024);
    const preview = previewImport(
      envelope({
        [`local:caseDetail:${ID}`]: { id: ID, notes: huge.slice(0, 2_000_000), notesUpdatedAt: 1, log: [] },
        'local:poa:DE': {
          sections: {
            acknowledgement: huge.slice(0, 200_000),
            'root-cause': '',
            'immediate-actions': '',
            'preventive-measures': '',
            evidence: '',
          },
          updatedAt: 1,
        },
      }),
      await takeSnapshot(),
      REGISTRY,
    );
    const plan = planImport(preview, await takeSnapshot(), T0);
    const local = fakeBrowser.storage.local as unknown as { getBytesInUse: () => Promise<number> };
    local.getBytesInUse = async () => 10_000_000;
    const space = await importSpace(plan);
    expect(space).toMatchObject({ fits: false, quota: 10_485_760, free: 485_760 });
    expect(space.needed).toBeGreaterThan(2_000_000);
  });

  it('says nothing was written when the browser refuses the local write, and keeps no undo for it', async () => {
    const preview = previewImport(
      envelope({ [`local:caseDetail:${ID}`]: { id: ID, notes: 'n', notesUpdatedAt: 1, log: [] } }),
      await takeSnapshot(),
      REGISTRY,
    );
    const plan = planImport(preview, await takeSnapshot(), T0);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('importUndo' in items) return set(items);
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    const failure = await applyImport(plan).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportFailure);
    expect(failure).toMatchObject({ written: 0, total: 1, message: 'QUOTA_BYTES quota exceeded' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
