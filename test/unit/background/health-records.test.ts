/**
 * The worker keeps what Account Health and Performance Notifications list
 * (entrypoints/background/health-records.ts): counts with their changes, a count going up said
 * once like a new state, notifications dated in the marketplace's own way.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { healthRecordsIdle, recordHealthPage } from '@/entrypoints/background/health-records';
import { accountChangesItem } from '@/lib/storage/items/account-changes';
import { performanceNotices, policyHistories } from '@/lib/storage/items/account-health';
import { settingsItem } from '@/lib/storage/items/settings';
import { freshEnglishWorkerPerTest } from '../../support/packaged-messages';

const T0 = Date.UTC(2026, 11, 7, 9);
const DAY = 86_400_000;
const POLICY_NAMES = [
  'Suspected intellectual property violations',
  'Listing policy violations',
  'Food and product safety issues',
  'Other policy violations',
];
const counts = (ip: number, listing: number) => [ip, listing, 0, 0];
/** The rows as Account Health kept them. */
const policies = (ip: number, listing: number) =>
  counts(ip, listing).map((count, i) => ({ name: POLICY_NAMES[i] as string, count }));
/** The page's one list, as the content script sends it. */
const listed = (ip: number, listing: number) => [
  counts(ip, listing).map((count, i) => ({ anchor: String(count), cells: [[POLICY_NAMES[i] as string], ['View']] })),
];

freshEnglishWorkerPerTest();

describe('Account Health page rows in the worker', () => {
  it('keeps the counts, and says a count going up once: in the list, on the badge, as a notification when asked', async () => {
    await settingsItem.set({ ...(await settingsItem.get()), notifyPolicyRises: true });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await recordHealthPage({ marketplace: 'FR', policies: listed(0, 1) }, T0);
    expect(await accountChangesItem.get()).toEqual([]);
    await recordHealthPage({ marketplace: 'FR', policies: listed(0, 1) }, T0 + DAY);
    await recordHealthPage({ marketplace: 'FR', policies: listed(0, 3) }, T0 + 2 * DAY);
    await healthRecordsIdle();
    expect(await accountChangesItem.get()).toEqual([
      { marketplace: 'FR', at: T0 + 2 * DAY, policy: 'Listing policy violations', from: 1, to: 3 },
    ]);
    expect(badge).toHaveBeenLastCalledWith({ text: '1' });
    expect(create).toHaveBeenCalledTimes(1);
    const [, options] = create.mock.calls[0] as unknown as [string, { title: string; message: string }];
    expect(options.title).toBe('France: “Listing policy violations” went up from 1 to 3');
    const kept = await policyHistories.item('FR').get();
    expect(kept.latest).toEqual({ at: T0 + 2 * DAY, rows: policies(0, 3) });
    expect(kept.changes).toEqual([{ at: T0 + 2 * DAY, name: 'Listing policy violations', from: 1, to: 3 }]);
  });

  it('does not notify a count going up by default, and a count going down is no news', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await recordHealthPage({ marketplace: 'DE', policies: listed(2, 0) }, T0);
    await recordHealthPage({ marketplace: 'DE', policies: listed(0, 0) }, T0 + DAY);
    expect(await accountChangesItem.get()).toEqual([]);
    await recordHealthPage({ marketplace: 'DE', policies: listed(1, 0) }, T0 + 2 * DAY);
    expect((await accountChangesItem.get()).map((change) => change.policy)).toEqual([
      'Suspected intellectual property violations',
    ]);
    expect(create).not.toHaveBeenCalled();
  });

  it("keeps each notification with the day read in the marketplace's way, or none when unsure", async () => {
    await recordHealthPage(
      {
        marketplace: 'US',
        notices: [
          [
            { anchor: '12/03/2026', cells: [['Policy warning'], ['View']] },
            { anchor: 'Nov 20, 2026', cells: [['Listing removed', 'New']] },
          ],
        ],
      },
      T0,
    );
    await recordHealthPage(
      { marketplace: 'CA', notices: [[{ anchor: '03/04/2026', cells: [['Avis de politique']] }]] },
      T0,
    );
    expect((await performanceNotices.item('US').get()).notices.map((n) => [n.title, n.day])).toEqual([
      ['Listing removed', '2026-11-20'],
      ['Policy warning', '2026-12-03'],
    ]);
    expect((await performanceNotices.item('CA').get()).notices[0]).toMatchObject({ shown: '03/04/2026', day: null });
  });
});
