import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCaseRecords } from '@/lib/storage/case-records';
import { readCaseDetails, settleSync } from '@/lib/storage/case-store';
import { caseDetail, caseRecord, T0 } from './fixtures';

const ID = '20424098481';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.sync.set({ [`case:${ID}`]: caseRecord() });
  await fakeBrowser.storage.local.set({
    [`caseDetail:${ID}`]: caseDetail({ notes: 'long notes', notesUpdatedAt: T0 }),
    'caseRecord:30000000001': caseRecord({ id: '30000000001' }),
    'poa:SE': { big: 'x'.repeat(10_000) },
  });
});

describe('reading cases without reading every log', () => {
  it('where the browser lists keys, reads records without details, and details on their own', async () => {
    const local = fakeBrowser.storage.local as unknown as { getKeys: () => Promise<string[]> };
    vi.spyOn(local, 'getKeys').mockResolvedValue(Object.keys(await fakeBrowser.storage.local.get(null)));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');

    const records = await readCaseRecords();
    expect([...records.cases.keys()].sort()).toEqual(['20424098481', '30000000001']);
    expect(records.cases.get(ID)?.detail).toBeNull();
    expect(get).not.toHaveBeenCalledWith(null);
    expect(get.mock.calls.flat(2)).not.toContain(`caseDetail:${ID}`);

    const details = await readCaseDetails();
    expect(details.get(ID)?.notes).toBe('long notes');
    expect(get.mock.calls.flat(2)).not.toContain('poa:SE');
    // Asked for by id, a detail that is gone maps to null so the popup drops it.
    expect((await readCaseDetails(['40000000001'])).get('40000000001')).toBeNull();
  });

  it('without key listing (older browsers), reads everything at once and still answers', async () => {
    const records = await readCaseRecords();
    expect(records.cases.get(ID)?.detail?.notes).toBe('long notes');
  });

  it('settling sync reads only the records that wait, not the logs', async () => {
    const local = fakeBrowser.storage.local as unknown as { getKeys: () => Promise<string[]> };
    vi.spyOn(local, 'getKeys').mockImplementation(async () => Object.keys(await fakeBrowser.storage.local.get(null)));
    await fakeBrowser.storage.local.set({
      [`syncFallback:case:${ID}`]: caseRecord({ title: 'waiting', updatedAt: T0 + 1 }),
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect((await settleSync(T0 + 10)).wrote).toEqual([ID]);
    expect(get.mock.calls.flat(2)).not.toContain(`caseDetail:${ID}`);
    expect((await fakeBrowser.storage.sync.get(`case:${ID}`))[`case:${ID}`]).toMatchObject({ title: 'waiting' });
  });
});
