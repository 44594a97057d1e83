import { fakeBrowser } from 'wxt/testing/fake-browser';
import { caseDetails, caseRecords } from '@/lib/storage/items/cases';
import { listQuarantine } from '@/lib/storage/quarantine';
import { caseDetail, caseRecord } from './fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('case storage items', () => {
  it('stores one sync item per case, so cases never overwrite each other', async () => {
    await caseRecords.item('20424098481').set(caseRecord());
    await caseRecords.item('30000000001').set(caseRecord({ id: '30000000001' }));
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(
      Object.keys(stored)
        .filter((k) => !k.endsWith('$'))
        .sort(),
    ).toEqual(['case:20424098481', 'case:30000000001']);
  });

  it('keeps a case in local storage when sync refuses it for quota, and reads it back', async () => {
    const original = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((k) => k.startsWith('case:'))) throw new Error('QUOTA_BYTES quota exceeded');
      return original(items);
    });
    const outcome = await caseRecords.item('20424098481').set(caseRecord({ title: 'kept' }));
    expect(outcome).toBe('stored-locally');
    expect(await fakeBrowser.storage.local.get('syncFallback:case:20424098481')).toEqual({
      'syncFallback:case:20424098481': caseRecord({ title: 'kept' }),
    });
    expect(await caseRecords.item('20424098481').get()).toEqual(caseRecord({ title: 'kept' }));
  });

  it('quarantines an invalid stored case instead of dropping it', async () => {
    await fakeBrowser.storage.sync.set({ 'case:20424098481': { id: 'not digits' } });
    expect(await caseRecords.item('20424098481').get()).toBeNull();
    expect((await listQuarantine()).map((q) => q.item)).toEqual(['sync:case:20424098481']);
  });

  it('stores a 1 MB note in the local detail', async () => {
    const notes = 'n'.repeat(1_048_576);
    await caseDetails.item('20424098481').set(caseDetail({ notes, notesUpdatedAt: 1 }));
    expect((await caseDetails.item('20424098481').get())?.notes).toHaveLength(1_048_576);
  });
});
