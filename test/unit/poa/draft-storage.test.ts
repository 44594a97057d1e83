import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_DRAFT, withSection } from '@/lib/poa/draft';
import { poaDraftItem } from '@/lib/storage/items/poa';
import { listQuarantine } from '@/lib/storage/quarantine';

describe('Plan of Action drafts in local storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty and saves a section with its edit time', async () => {
    const item = poaDraftItem('SE');
    expect(await item.get()).toEqual(EMPTY_DRAFT);
    await item.set(withSection(EMPTY_DRAFT, 'root-cause', 'Late shipments in March.', 1_000));
    expect(await fakeBrowser.storage.local.get('poa:SE')).toEqual({
      'poa:SE': { sections: { ...EMPTY_DRAFT.sections, 'root-cause': 'Late shipments in March.' }, updatedAt: 1_000 },
    });
  });

  it('keeps a 100 KB paste with emoji, right-to-left text and HTML whole', async () => {
    const chunk = '<img src=x onerror=alert(1)> مرحبا 👨‍👩‍👧 \u202E';
    const paste = chunk.repeat(Math.ceil(100_000 / chunk.length));
    const item = poaDraftItem('DE');
    await item.set(withSection(EMPTY_DRAFT, 'evidence', paste, 5));
    expect((await poaDraftItem('DE').get()).sections.evidence).toBe(paste);
  });

  it('quarantines a malformed draft instead of losing it silently', async () => {
    await fakeBrowser.storage.local.set({ 'poa:SE': { sections: { evidence: 3 }, updatedAt: 'now' } });
    expect(await poaDraftItem('SE').get()).toEqual(EMPTY_DRAFT);
    expect((await listQuarantine()).map((entry) => entry.item)).toEqual(['local:poa:SE']);
  });
});
