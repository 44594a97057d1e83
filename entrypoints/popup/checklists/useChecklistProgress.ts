import { useEffect, useRef, useState } from 'preact/hooks';
import { type ChecklistProgress, resetProgress, setDone } from '@/lib/checklists/progress';
import { CHECKLIST_IDS, type ChecklistId } from '@/lib/checklists/types';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { checklistProgressItem } from '@/lib/storage/items/checklists';
import { type WriteOutcome, waitsLocally } from '@/lib/storage/stored-item';

export interface ProgressSnapshot {
  readonly byChecklist: Readonly<Record<ChecklistId, ChecklistProgress>>;
  /** Checklists whose progress sync refused: it waits in local storage, this device only. */
  readonly storedLocally: ReadonlySet<ChecklistId>;
}

async function loadProgress(market: MarketplaceCode): Promise<ProgressSnapshot> {
  const loaded = await Promise.all(
    CHECKLIST_IDS.map(async (id) => {
      const item = checklistProgressItem(market, id);
      const [progress, local] = await Promise.all([item.get(), waitsLocally(item)]);
      return { id, progress, local };
    }),
  );
  return {
    byChecklist: Object.fromEntries(loaded.map(({ id, progress }) => [id, progress])) as Record<
      ChecklistId,
      ChecklistProgress
    >,
    storedLocally: new Set(loaded.filter((entry) => entry.local).map((entry) => entry.id)),
  };
}

export interface ChecklistProgressApi {
  readonly snapshot: ProgressSnapshot | undefined;
  readonly error: unknown;
  setItemDone(checklist: ChecklistId, itemId: string, done: boolean): Promise<WriteOutcome>;
  reset(checklist: ChecklistId): Promise<WriteOutcome>;
}

/**
 * Progress of all five checklists on one marketplace, following changes from other popups
 * and devices. Writes to one checklist run one after another, so two quick ticks never read
 * the same old value and lose one of them; the screen shows each tick before it is stored.
 */
export function useChecklistProgress(market: MarketplaceCode | null): ChecklistProgressApi {
  // The state names the marketplace it was read for: effects run after the first paint, so
  // for one render after a marketplace switch the old marketplace's progress would otherwise
  // show under the new one, and the panel it drew would be torn down under the seller's focus.
  const [state, setState] = useState<{ market?: MarketplaceCode; snapshot?: ProgressSnapshot; error?: unknown }>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    if (!market) return;
    let active = true;
    const refresh = () =>
      loadProgress(market).then(
        (snapshot) => active && setState({ market, snapshot }),
        (error: unknown) => active && setState({ market, error }),
      );
    void refresh();
    const stops = CHECKLIST_IDS.map((id) => checklistProgressItem(market, id).watch(() => void refresh()));
    return () => {
      active = false;
      for (const stop of stops) stop();
    };
  }, [market]);

  const write = (checklist: ChecklistId, change: (current: ChecklistProgress) => ChecklistProgress) => {
    if (!market) return Promise.reject(new Error('no marketplace chosen'));
    const item = checklistProgressItem(market, checklist);
    const run = queue.current.then(async () => {
      // Only the snapshot read for this marketplace is patched; a switch meanwhile loads its own.
      const patch = (change: (snapshot: ProgressSnapshot) => ProgressSnapshot) =>
        setState((previous) =>
          previous.snapshot && previous.market === market ? { market, snapshot: change(previous.snapshot) } : previous,
        );
      // Read and write in one turn of the item (update), never a read here and a set later:
      // another writer (a second popup) reading in between would store its tick over this one
      // in the sync fallback while sync refuses writes (issue #17, finding 8).
      const outcome = await item.update((current) => {
        const next = change(current);
        patch((snapshot) => ({ ...snapshot, byChecklist: { ...snapshot.byChecklist, [checklist]: next } }));
        return next;
      });
      patch((snapshot) => {
        const storedLocally = new Set(snapshot.storedLocally);
        if (outcome === 'stored-locally') storedLocally.add(checklist);
        else storedLocally.delete(checklist);
        return { ...snapshot, storedLocally };
      });
      return outcome;
    });
    queue.current = run.catch(() => undefined);
    return run;
  };

  const readForMarket = market !== null && state.market === market;
  return {
    snapshot: readForMarket ? state.snapshot : undefined,
    error: readForMarket ? state.error : undefined,
    setItemDone: (checklist, itemId, done) => write(checklist, (current) => setDone(current, itemId, done, Date.now())),
    reset: (checklist) => write(checklist, (current) => resetProgress(current)),
  };
}
