import type { LastKnownState } from '@/lib/account-state/schemas';
import { resolveMarket, suggestedChecklist } from '@/lib/checklists/market';
import { primaryMarketplace } from '@/lib/marketplaces';

const state = (marketplace: string, value: LastKnownState['state'], lastSeen: number): LastKnownState => ({
  marketplace,
  state: value,
  severity: null,
  firstSeen: lastSeen - 1_000,
  lastSeen,
  url: 'https://sellercentral.amazon.com/home',
});

describe('which marketplace the Checklists tab shows', () => {
  const states = [state('DE', 'on-hold', 2_000), state('SE', null, 5_000)];

  it('takes a pick made in the popup over everything', () => {
    const resolved = resolveMarket({ picked: 'FR', subject: 'SE', states, remembered: { code: 'DE', at: 9_000 } });
    expect(resolved).toMatchObject({ source: 'picked', market: { host: 'sellercentral.amazon.fr' } });
  });

  it('then the Seller Central tab being looked at, links on its primary host', () => {
    const resolved = resolveMarket({ picked: null, subject: 'JP', states, remembered: { code: 'DE', at: 9_000 } });
    expect(resolved).toMatchObject({ source: 'tab', market: { code: 'JP', host: 'sellercentral.amazon.co.jp' } });
  });

  it('then the marketplace seen most recently, healthy or not, unless a pick by hand came later', () => {
    const older = { code: 'DE', at: 4_999 };
    expect(resolveMarket({ picked: null, subject: null, states, remembered: older })).toMatchObject({
      source: 'recent',
      market: { code: 'SE' },
    });
    const newer = { code: 'DE', at: 5_001 };
    expect(resolveMarket({ picked: null, subject: null, states, remembered: newer })).toMatchObject({
      source: 'remembered',
      market: { code: 'DE' },
    });
  });

  it('skips what this version does not know: a stored host a newer version wrote, a remembered unknown code', () => {
    const odd = [state('sellercentral.amazon.xx', 'on-hold', 9_000)];
    expect(resolveMarket({ picked: null, subject: null, states: odd, remembered: { code: 'XX', at: 1 } })).toBeNull();
  });

  it('then the one picked last time, else nothing so the seller is asked', () => {
    expect(resolveMarket({ picked: null, subject: null, states: [], remembered: { code: 'IT', at: 1 } })).toMatchObject(
      { source: 'remembered', market: { host: 'sellercentral.amazon.it' } },
    );
    expect(resolveMarket({ picked: null, subject: null, states: [], remembered: null })).toBeNull();
  });
});

describe('the suggested checklist', () => {
  it('follows the latest state seen on the marketplace', () => {
    const seen = [state('DE', 'at-risk', 1_000), state('DE', 'deactivated', 3_000)];
    expect(suggestedChecklist(seen, primaryMarketplace('DE'))).toEqual({ checklist: 'deactivated', marketplace: 'DE' });
  });

  it('suggests nothing for a healthy or unseen marketplace', () => {
    const se = primaryMarketplace('SE');
    expect(suggestedChecklist([state('SE', null, 1)], se)).toBeNull();
    expect(suggestedChecklist([state('DE', 'on-hold', 1)], se)).toBeNull();
  });
});
