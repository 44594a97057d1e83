/**
 * Storage as the release before marketplace codes wrote it (test/fixtures/storage/by-host.json,
 * written through that release's own worker handlers, commit 2bfaeb6) reads back under codes.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { caseMarketplace, caseMarketplaceLabel } from '@/lib/cases/case-marketplace';
import { readAllCases } from '@/lib/storage/case-store';
import { dismissals, lastKnownStates } from '@/lib/storage/items/account-state';
import { tabReports } from '@/lib/storage/items/tabs';
import { moveHostKeysToCodes } from '@/lib/storage/marketplace-keys';
import { listQuarantine } from '@/lib/storage/quarantine';

type Area = Record<string, unknown>;
const FIXTURE = JSON.parse(readFileSync('test/fixtures/storage/by-host.json', 'utf8')) as {
  local: Area;
  sync: Area;
  session: Area;
};

async function seed(): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(FIXTURE.local));
  await fakeBrowser.storage.sync.set(structuredClone(FIXTURE.sync));
  await fakeBrowser.storage.session.set(structuredClone(FIXTURE.session));
}

const keys = async (prefix: string) =>
  Object.keys(await fakeBrowser.storage.local.get(null))
    .filter((key) => key.startsWith(prefix) && !key.endsWith('$'))
    .sort();

beforeEach(seed);

describe('host-keyed storage from the previous release', () => {
  it('moves account states to codes, the two Japanese hosts into one (the one seen last)', async () => {
    expect(await moveHostKeysToCodes()).toBeGreaterThan(0);
    expect(await keys('accountState:')).toEqual([
      'accountState:DE',
      'accountState:GB',
      'accountState:JP',
      'accountState:SE',
    ]);
    expect(await lastKnownStates.item('JP').get()).toEqual({
      marketplace: 'JP',
      state: 'verification-required',
      severity: 'critical',
      firstSeen: 1795176000000,
      lastSeen: 1795176000000,
      url: 'https://sellercentral-japan.amazon.com/home',
    });
    expect(await lastKnownStates.item('DE').get()).toMatchObject({ marketplace: 'DE', state: null });
    expect(await lastKnownStates.item('SE').get()).toMatchObject({ marketplace: 'SE', state: 'on-hold' });
    expect(await lastKnownStates.item('GB').get()).toMatchObject({ marketplace: 'GB', state: 'at-risk' });
    expect((await fakeBrowser.storage.local.get('accountState:JP$'))['accountState:JP$']).toEqual({ v: 2 });
  });

  it('moves dismissals, keeps the newest for Japan, and leaves a host it cannot map as it is', async () => {
    await moveHostKeysToCodes();
    expect(await keys('overlayDismissed:')).toEqual([
      'overlayDismissed:JP',
      'overlayDismissed:SE',
      'overlayDismissed:sellercentral.amazon.xx',
    ]);
    expect(await dismissals.item('JP').get()).toEqual({ state: 'verification-required', at: 1795178400000 });
    expect(await dismissals.item('SE').get()).toEqual({ state: 'on-hold', at: 1795177200000 });
    expect(await fakeBrowser.storage.local.get('overlayDismissed:sellercentral.amazon.xx')).toEqual({
      'overlayDismissed:sellercentral.amazon.xx': FIXTURE.local['overlayDismissed:sellercentral.amazon.xx'],
    });
  });

  it('reads history, popup intent and tab reports with codes, every entry kept', async () => {
    // A single item migrates when its module loads (as in a worker or page starting): load them afresh.
    vi.resetModules();
    const { stateHistoryItem } = await import('@/lib/storage/items/account-state');
    const { popupIntentItem } = await import('@/lib/storage/items/popup');
    const history = await stateHistoryItem.get();
    expect(history.map((change) => change.marketplace)).toEqual(['DE', 'SE', 'DE', 'GB', 'JP', 'JP']);
    expect(history.map((change) => change.state)).toEqual(
      (FIXTURE.local.accountStateHistory as Array<{ state: unknown }>).map((change) => change.state),
    );
    expect(await popupIntentItem.get()).toMatchObject({ checklist: 'prevention', marketplace: 'GB' });
    expect(await tabReports.item('17').get()).toMatchObject({ marketplace: 'JP', kind: 'home' });
    expect(await tabReports.item('23').get()).toMatchObject({ marketplace: 'DE', kind: 'account-health' });
  });

  it('leaves case records in sync exactly as they are and reads their marketplace as a code', async () => {
    await moveHostKeysToCodes();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(FIXTURE.sync);
    const { cases } = await readAllCases();
    const records = [...cases.values()].map(({ record }) => record);
    expect(records.map((record) => caseMarketplace(record)).sort()).toEqual(['DE', 'JP']);
    expect(records.map((record) => caseMarketplaceLabel(record)).sort()).toEqual(['amazon.co.jp', 'amazon.de']);
  });

  it('sets nothing aside and is idempotent: a second run moves nothing and changes nothing', async () => {
    await moveHostKeysToCodes();
    const after = await fakeBrowser.storage.local.get(null);
    expect(await moveHostKeysToCodes()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(after);
    expect(await listQuarantine()).toEqual([]);
  });

  it('merges into what the new worker already wrote under the code, keeping the newer', async () => {
    await lastKnownStates.item('DE').set({
      marketplace: 'DE',
      state: 'on-hold',
      severity: 'high',
      firstSeen: 1795200000000,
      lastSeen: 1795200000000,
      url: 'https://sellercentral.amazon.de/home',
    });
    await moveHostKeysToCodes();
    expect(await lastKnownStates.item('DE').get()).toMatchObject({ state: 'on-hold', lastSeen: 1795200000000 });
    expect(await keys('accountState:sellercentral')).toEqual([]);
  });
});
