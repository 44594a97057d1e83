/**
 * Issue #17, finding 8: a tick lost while sync refused writes under load. The popup read the
 * progress, then asked the item to store it: the read was outside the item's turn, so a second
 * writer (another popup, or the same seller's second window) that read meanwhile stored its own
 * tick over the first one in the local fallback. Sync refusing slowly (a busy machine) widens
 * the gap; here the refusal is delayed on purpose, so the interleaving is the same every run.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ChecklistProgressApi, useChecklistProgress } from '@/entrypoints/popup/checklists/useChecklistProgress';
import { checklistProgressItem } from '@/lib/storage/items/checklists';

function mountPopup() {
  let api: ChecklistProgressApi | undefined;
  function Harness() {
    api = useChecklistProgress('SE');
    return null;
  }
  const root = document.createElement('div');
  document.body.append(root);
  render(<Harness />, root);
  return {
    api: () => {
      if (!api) throw new Error('not rendered');
      return api;
    },
    unmount: () => render(null, root),
  };
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 30)));

describe('ticking while sync refuses writes (finding 8)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Sync answers late, then refuses: QUOTA_BYTES on a busy machine.
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(
      () => new Promise((_, reject) => setTimeout(() => reject(new Error('QUOTA_BYTES quota exceeded')), 15)),
    );
  });

  it('keeps both ticks in the local fallback when two popups tick at once', async () => {
    const first = mountPopup();
    const second = mountPopup();
    await settle();
    await act(async () => {
      await Promise.all([
        first.api().setItemDone('hold', 'read-notice', true),
        second.api().setItemDone('hold', 'check-health', true),
      ]);
    });
    await settle();
    const waiting = (await fakeBrowser.storage.local.get('syncFallback:progress:SE:hold'))[
      'syncFallback:progress:SE:hold'
    ] as { done: Record<string, number> } | undefined;
    expect(Object.keys(waiting?.done ?? {}).sort()).toEqual(['check-health', 'read-notice']);
    expect(Object.keys((await checklistProgressItem('SE', 'hold').get()).done).sort()).toEqual([
      'check-health',
      'read-notice',
    ]);
    first.unmount();
    second.unmount();
  });

  it('keeps every tick of quick ticks in one popup, each shown at once and stored in order', async () => {
    const popup = mountPopup();
    await settle();
    await act(async () => {
      await Promise.all(
        ['read-notice', 'check-health', 'name-cause'].map((id) => popup.api().setItemDone('hold', id, true)),
      );
    });
    await settle();
    expect(Object.keys((await checklistProgressItem('SE', 'hold').get()).done).sort()).toEqual([
      'check-health',
      'name-cause',
      'read-notice',
    ]);
    expect(popup.api().snapshot?.storedLocally.has('hold')).toBe(true);
    popup.unmount();
  });
});
