import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PoaDraftApi, SAVE_DELAY_MS, usePoaDraft } from '@/entrypoints/poa/usePoaDraft';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { EMPTY_DRAFT } from '@/lib/poa/draft';

/** Mounts the hook for one marketplace and hands back its API. */
function mountDraft(market: MarketplaceCode) {
  const api: { current: PoaDraftApi | null } = { current: null };
  function Harness() {
    api.current = usePoaDraft(market, () => {});
    return null;
  }
  const root = document.createElement('div');
  document.body.append(root);
  render(<Harness />, root);
  return {
    api: () => {
      if (!api.current) throw new Error('the hook has not rendered');
      return api.current;
    },
    unmount: () => render(null, root),
  };
}

/** Holds every write to local storage until `release` is called, as a busy browser does. */
function holdLocalWrites() {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const held: Array<() => void> = [];
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(
    (items) => new Promise<void>((resolve) => held.push(() => set(items).then(resolve))),
  );
  return {
    count: () => held.length,
    release: () => {
      for (const write of held.splice(0)) write();
    },
  };
}

/** Lets the hook's storage reads and state updates run to the end. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('the Plan of Action draft hook', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('saves the text after a pause in typing', async () => {
    const draft = mountDraft('SE');
    await settle();
    expect(draft.api().state.loaded).toBe(true);
    act(() => draft.api().edit('root-cause', 'Pickups were booked by hand.'));
    expect(await fakeBrowser.storage.local.get('poa:SE')).toEqual({});
    await vi.waitFor(
      async () =>
        expect(await fakeBrowser.storage.local.get('poa:SE')).toMatchObject({
          'poa:SE': { sections: { 'root-cause': 'Pickups were booked by hand.' } },
        }),
      { timeout: SAVE_DELAY_MS * 5 },
    );
    draft.unmount();
  });

  it('a clear while a save is still being written leaves no draft behind', async () => {
    const draft = mountDraft('SE');
    await settle();
    const writes = holdLocalWrites();
    act(() => draft.api().edit('root-cause', 'Pickups were booked by hand.'));
    await vi.waitFor(() => expect(writes.count()).toBe(1), { timeout: SAVE_DELAY_MS * 5 });

    const cleared = act(() => draft.api().clear());
    writes.release();
    await cleared;
    await settle();

    expect(await fakeBrowser.storage.local.get('poa:SE')).toEqual({});
    expect(draft.api().sections()).toEqual(EMPTY_DRAFT.sections);
    draft.unmount();
  });
});
