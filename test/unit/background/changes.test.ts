/**
 * The worker says a change for the worse once (entrypoints/background/changes.ts): kept for the
 * popup, counted on the badge, notified as the seller's settings allow.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changesIdle, noteChange, registerChangeHandlers } from '@/entrypoints/background/changes';
import { recordRating } from '@/entrypoints/background/rating-history';
import { accountChangesItem, changesSeenAtItem } from '@/lib/storage/items/account-changes';
import { settingsItem } from '@/lib/storage/items/settings';
import { freshEnglishWorkerPerTest } from '../../support/packaged-messages';

const T0 = Date.UTC(2026, 11, 7, 9);
const DAY = 86_400_000;
const reading = (rating: number) => ({ kind: 'one' as const, reading: { rating, status: null } });

freshEnglishWorkerPerTest();

describe('changes for the worse in the worker', () => {
  it('keeps a new state, counts it on the badge and notifies it by default', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await noteChange({ marketplace: 'DE', at: T0, state: 'on-hold' });
    expect(await accountChangesItem.get()).toEqual([{ marketplace: 'DE', at: T0, state: 'on-hold' }]);
    expect(badge).toHaveBeenLastCalledWith({ text: '1' });
    expect(create).toHaveBeenCalledTimes(1);
    const [, options] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(options.title).toBe('Germany: now on hold');
    expect(options.message.length).toBeGreaterThan(10);
  });

  it('keeps a rating crossing but notifies it only when the seller asked', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await recordRating('US', reading(250), T0);
    await recordRating('US', reading(150), T0 + DAY);
    expect(await accountChangesItem.get()).toEqual([{ marketplace: 'US', at: T0 + DAY, threshold: 200, rating: 150 }]);
    expect(create).not.toHaveBeenCalled();

    await settingsItem.set({ ...(await settingsItem.get()), notifyRatingDrops: true });
    await recordRating('US', reading(140), T0 + 2 * DAY);
    await recordRating('US', reading(80), T0 + 3 * DAY);
    expect(create).toHaveBeenCalledTimes(1);
    const [, options] = create.mock.calls[0] as unknown as [string, { title: string }];
    expect(options.title).toBe('United States: Account Health Rating below 100 (now 80)');
  });

  it('notifies no new state when the seller turned that off, and the badge clears once seen', async () => {
    await settingsItem.set({ ...(await settingsItem.get()), notifyNewStates: false });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await noteChange({ marketplace: 'SE', at: T0, state: 'deactivated' });
    expect(create).not.toHaveBeenCalled();
    expect(badge).toHaveBeenLastCalledWith({ text: '1' });
    await changesSeenAtItem.set(T0 + 1);
    registerChangeHandlers();
    await changesSeenAtItem.set(T0 + 2);
    await vi.waitFor(async () => {
      await changesIdle();
      expect(badge).toHaveBeenLastCalledWith({ text: '' });
    });
  });
});
