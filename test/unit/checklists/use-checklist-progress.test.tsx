import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ChecklistProgressApi, useChecklistProgress } from '@/entrypoints/popup/checklists/useChecklistProgress';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { checklistProgressItem } from '@/lib/storage/items/checklists';

/** Mounts the hook and records, for every render, the marketplace asked for and what the hook handed back. */
function mountProgress(initial: MarketplaceCode) {
  const renders: Array<{ market: MarketplaceCode; api: ChecklistProgressApi }> = [];
  function Harness({ market }: { market: MarketplaceCode }) {
    renders.push({ market, api: useChecklistProgress(market) });
    return null;
  }
  const root = document.createElement('div');
  document.body.append(root);
  render(<Harness market={initial} />, root);
  return {
    renders,
    latest: () => {
      const last = renders.at(-1);
      if (!last) throw new Error('the hook has not rendered');
      return last.api;
    },
    switchTo: (market: MarketplaceCode) => act(() => render(<Harness market={market} />, root)),
    unmount: () => render(null, root),
  };
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('the checklist progress hook', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('never hands one marketplace the progress read for another', async () => {
    await checklistProgressItem('DE', 'prevention').set({ done: { 'check-metrics': 1_700_000_000_000 } });
    const hook = mountProgress('DE');
    await settle();
    expect(hook.latest().snapshot?.byChecklist.prevention.done).toHaveProperty('check-metrics');

    hook.switchTo('SE');
    await settle();
    const afterSwitch = hook.renders.filter((entry) => entry.market === 'SE');
    expect(afterSwitch.length).toBeGreaterThan(0);
    for (const { api } of afterSwitch) expect(api.snapshot?.byChecklist.prevention.done ?? {}).toEqual({});
    expect(hook.latest().snapshot).toBeDefined();
    hook.unmount();
  });

  it('keeps a tick made right after a switch on the marketplace it was made on', async () => {
    const hook = mountProgress('DE');
    await settle();
    hook.switchTo('SE');
    await settle();
    await act(async () => {
      await hook.latest().setItemDone('prevention', 'check-metrics', true);
    });
    await settle();
    expect(Object.keys(hook.latest().snapshot?.byChecklist.prevention.done ?? {})).toEqual(['check-metrics']);
    expect((await checklistProgressItem('SE', 'prevention').get()).done).toHaveProperty('check-metrics');
    expect((await checklistProgressItem('DE', 'prevention').get()).done).toEqual({});
    hook.unmount();
  });
});
