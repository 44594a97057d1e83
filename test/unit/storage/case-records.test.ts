import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordsRead } from '@/entrypoints/popup/cases/early';
import { readCaseRecordSnapshot } from '@/lib/storage/case-records';
import { collectStoredCases } from '@/lib/storage/stored-cases';
import { caseDetail, caseRecord } from '../cases/fixtures';

const ID = '20424098481';
const MOVED = '30000000001';
const WAITING = '30000000002';

function listKeys() {
  const local = fakeBrowser.storage.local as unknown as { getKeys: () => Promise<string[]> };
  return vi.spyOn(local, 'getKeys');
}

beforeEach(async () => {
  fakeBrowser.reset();
  recordsRead.take();
  await fakeBrowser.storage.sync.set({ [`case:${ID}`]: caseRecord(), settings: { followUpHours: 48 } });
  await fakeBrowser.storage.local.set({
    [`caseDetail:${ID}`]: caseDetail({ notes: 'long notes' }),
    [`caseRecord:${MOVED}`]: caseRecord({ id: MOVED }),
    [`syncFallback:case:${WAITING}`]: caseRecord({ id: WAITING }),
    'poa:SE': { big: 'x'.repeat(10_000) },
  });
});

describe("the popup's early read of the case list", () => {
  it('where the browser lists keys, reads all of sync and the local records, never the logs or other local data', async () => {
    listKeys().mockImplementation(async () => Object.keys(await fakeBrowser.storage.local.get(null)));
    const snapshot = await readCaseRecordSnapshot();
    expect(Object.keys(snapshot).sort()).toEqual([
      `local:caseRecord:${MOVED}`,
      `local:syncFallback:case:${WAITING}`,
      `sync:case:${ID}`,
      'sync:settings',
    ]);
    const { cases, unreadable } = collectStoredCases(snapshot);
    expect([...cases.keys()].sort()).toEqual([ID, MOVED, WAITING]);
    expect(cases.get(MOVED)?.place).toBe('local');
    expect(unreadable).toEqual([]);
  });

  it('without key listing, reads all of local and still finds every record', async () => {
    const { cases } = collectStoredCases(await readCaseRecordSnapshot());
    expect([...cases.keys()].sort()).toEqual([ID, MOVED, WAITING]);
    expect(cases.get(ID)?.detail?.notes).toBe('long notes');
  });

  it('is validated early and taken once', async () => {
    recordsRead.start();
    const taken = recordsRead.take();
    expect(taken).not.toBeNull();
    expect([...((await taken)?.cases.keys() ?? [])].sort()).toEqual([ID, MOVED, WAITING]);
    expect(recordsRead.take()).toBeNull();
  });

  it('is discarded when a case changes before it is taken, kept when something else changes', async () => {
    recordsRead.start();
    await fakeBrowser.storage.local.set({ 'poa:SE': { big: 'changed' } });
    expect(recordsRead.take()).not.toBeNull();

    recordsRead.start();
    await fakeBrowser.storage.local.set({ [`caseRecord:${MOVED}`]: caseRecord({ id: MOVED, title: 'new' }) });
    expect(recordsRead.take()).toBeNull();

    recordsRead.start();
    await fakeBrowser.storage.sync.set({ [`case:${ID}`]: caseRecord({ title: 'new' }) });
    expect(recordsRead.take()).toBeNull();
    // A fresh read then sees the change.
    expect((await recordsRead.load()).cases.get(ID)?.record.title).toBe('new');
  });
});
