import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLISTS } from '@/lib/checklists/definitions';
import {
  countProgress,
  doneAt,
  EMPTY_PROGRESS,
  isComplete,
  isDone,
  progressPercent,
  resetProgress,
  setDone,
  toggleItem,
  unknownItemIds,
} from '@/lib/checklists/progress';
import { MAX_PROGRESS_ENTRIES, progressItemId, progressSchema } from '@/lib/checklists/progress-schema';
import { checklistProgressItem } from '@/lib/storage/items/checklists';
import { listQuarantine } from '@/lib/storage/quarantine';

const hold = CHECKLISTS.hold;
const T = 1_735_000_000_000;

describe('checklist progress logic', () => {
  it('ticks an item with its time and unticks it again', () => {
    const ticked = toggleItem(EMPTY_PROGRESS, 'read-notice', T);
    expect(ticked.done).toEqual({ 'read-notice': T });
    expect(doneAt(ticked, 'read-notice')).toBe(T);
    const unticked = toggleItem(ticked, 'read-notice', T + 5);
    expect(isDone(unticked, 'read-notice')).toBe(false);
    expect(doneAt(unticked, 'read-notice')).toBeNull();
    expect(EMPTY_PROGRESS.done).toEqual({});
  });

  it('keeps the first tick time when an item is set done twice', () => {
    const once = setDone(EMPTY_PROGRESS, 'read-notice', true, T);
    const twice = setDone(once, 'read-notice', true, T + 1000);
    expect(twice).toBe(once);
    expect(doneAt(twice, 'read-notice')).toBe(T);
  });

  it('does not confuse inherited object properties with item ids', () => {
    expect(isDone(EMPTY_PROGRESS, 'constructor')).toBe(false);
    expect(doneAt(EMPTY_PROGRESS, 'toString')).toBeNull();
  });

  it('counts, rounds down and completes only when every item is done', () => {
    let progress = EMPTY_PROGRESS;
    for (const item of hold.items.slice(0, 5)) progress = setDone(progress, item.id, true, T);
    expect(countProgress(progress, hold)).toEqual({ done: 5, total: 6 });
    expect(progressPercent(progress, hold)).toBe(83);
    expect(isComplete(progress, hold)).toBe(false);
    const last = hold.items[5];
    if (!last) throw new Error('hold has six items');
    progress = setDone(progress, last.id, true, T);
    expect(progressPercent(progress, hold)).toBe(100);
    expect(isComplete(progress, hold)).toBe(true);
  });

  it('keeps ids from an older definition without counting them', () => {
    const progress = { done: { 'retired-step': T, 'read-notice': T } };
    expect(countProgress(progress, hold)).toEqual({ done: 1, total: 6 });
    expect(unknownItemIds(progress, hold)).toEqual(['retired-step']);
    const changed = toggleItem(progress, 'check-health', T);
    expect(changed.done['retired-step']).toBe(T);
  });

  it('resets to nothing done', () => {
    expect(resetProgress().done).toEqual({});
  });
});

describe('checklist progress in sync storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is keyed by marketplace and checklist', () => {
    expect(progressItemId('SE', 'hold')).toBe('SE:hold');
    expect(progressItemId('JP', 'prevention')).toBe('JP:prevention');
  });

  it('stores compact progress in the sync area and reads it back', async () => {
    const item = checklistProgressItem('SE', 'hold');
    await item.set(toggleItem(EMPTY_PROGRESS, 'read-notice', T));
    expect(await fakeBrowser.storage.sync.get('progress:SE:hold')).toEqual({
      'progress:SE:hold': { done: { 'read-notice': T } },
    });
    expect(await checklistProgressItem('SE', 'hold').get()).toEqual({
      done: { 'read-notice': T },
    });
    expect(await checklistProgressItem('DE', 'hold').get()).toEqual(EMPTY_PROGRESS);
  });

  it('keeps unknown item ids through a round trip', async () => {
    const item = checklistProgressItem('DE', 'prevention');
    await item.set({ done: { 'old-step': T } });
    expect((await item.get()).done).toEqual({ 'old-step': T });
  });

  it('quarantines a malformed stored value instead of using it', async () => {
    await fakeBrowser.storage.sync.set({ 'progress:SE:hold': { done: { 'read-notice': 'yesterday' } } });
    expect(await checklistProgressItem('SE', 'hold').get()).toEqual(EMPTY_PROGRESS);
    expect((await listQuarantine()).map((entry) => entry.item)).toEqual(['sync:progress:SE:hold']);
  });

  it('stays under the 8 KB sync item limit even at its largest', () => {
    const largest = {
      done: Object.fromEntries(
        Array.from({ length: MAX_PROGRESS_ENTRIES }, (_, i) => [
          `${String(i).padStart(3, '0')}${'x'.repeat(37)}`,
          9_999_999_999_999,
        ]),
      ),
    };
    expect(progressSchema.safeParse(largest).success).toBe(true);
    const bytes = new TextEncoder().encode(`progress:EU:while-on-hold${JSON.stringify(largest)}`).length;
    expect(bytes).toBeLessThan(8192);
    const tooMany = { done: { ...largest.done, extra: 1 } };
    expect(progressSchema.safeParse(tooMany).success).toBe(false);
  });
});
