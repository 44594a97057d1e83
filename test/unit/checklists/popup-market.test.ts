import { resolveMarket, suggestedChecklist } from '@/components/checklist-market';
import { MARKETPLACE_CHOICES, marketplaceChoice } from '@/components/marketplace-choices';
import type { LastKnownState } from '@/lib/account-state/schemas';

const state = (host: string, value: LastKnownState['state'], lastSeen: number): LastKnownState => ({
  host,
  state: value,
  severity: null,
  firstSeen: lastSeen - 1_000,
  lastSeen,
  url: `https://${host}/home`,
});

describe('marketplace choices', () => {
  it('lists each marketplace code once, aliases folded into the first host', () => {
    const codes = MARKETPLACE_CHOICES.map((market) => market.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(marketplaceChoice('sellercentral-japan.amazon.com')?.host).toBe('sellercentral.amazon.co.jp');
    expect(marketplaceChoice('sellercentral.amazon.com.sa')?.code).toBe('SA');
  });

  it('accepts a code or a host and refuses anything else', () => {
    expect(marketplaceChoice('SE')?.host).toBe('sellercentral.amazon.se');
    expect(marketplaceChoice('SELLERCENTRAL.AMAZON.DE')?.code).toBe('DE');
    expect(marketplaceChoice('www.example.com')).toBeNull();
    expect(marketplaceChoice('XX')).toBeNull();
    expect(marketplaceChoice(null)).toBeNull();
  });
});

describe('which marketplace the Checklists tab shows', () => {
  const states = [state('sellercentral.amazon.de', 'on-hold', 2_000), state('sellercentral.amazon.se', null, 5_000)];

  it('takes a pick made in the popup over everything', () => {
    const resolved = resolveMarket({
      picked: 'FR',
      subjectHost: 'sellercentral.amazon.se',
      states,
      remembered: { code: 'DE', at: 9_000 },
    });
    expect(resolved).toMatchObject({ source: 'picked', host: 'sellercentral.amazon.fr' });
  });

  it('then the Seller Central tab being looked at, keeping its own host for links', () => {
    const resolved = resolveMarket({
      picked: null,
      subjectHost: 'sellercentral-japan.amazon.com',
      states,
      remembered: { code: 'DE', at: 9_000 },
    });
    expect(resolved).toMatchObject({ source: 'tab', host: 'sellercentral-japan.amazon.com' });
    expect(resolved?.market.code).toBe('JP');
  });

  it('then the marketplace seen most recently, healthy or not, unless a pick by hand came later', () => {
    const older = { code: 'DE', at: 4_999 };
    expect(resolveMarket({ picked: null, subjectHost: 'www.example.com', states, remembered: older })).toMatchObject({
      source: 'recent',
      host: 'sellercentral.amazon.se',
    });
    const newer = { code: 'DE', at: 5_001 };
    expect(resolveMarket({ picked: null, subjectHost: null, states, remembered: newer })).toMatchObject({
      source: 'remembered',
      host: 'sellercentral.amazon.de',
    });
  });

  it('then the one picked last time, else nothing so the seller is asked', () => {
    expect(
      resolveMarket({ picked: null, subjectHost: null, states: [], remembered: { code: 'IT', at: 1 } }),
    ).toMatchObject({
      source: 'remembered',
      host: 'sellercentral.amazon.it',
    });
    expect(resolveMarket({ picked: null, subjectHost: null, states: [], remembered: null })).toBeNull();
  });
});

describe('the suggested checklist', () => {
  it('follows the latest state seen on any host of the marketplace', () => {
    const de = marketplaceChoice('DE');
    if (!de) throw new Error('DE missing');
    const seen = [
      state('sellercentral.amazon.de', 'at-risk', 1_000),
      state('sellercentral.amazon.de', 'deactivated', 3_000),
    ];
    expect(suggestedChecklist(seen, de)).toEqual({ checklist: 'deactivated', host: 'sellercentral.amazon.de' });
  });

  it('suggests nothing for a healthy or unseen marketplace', () => {
    const se = marketplaceChoice('SE');
    if (!se) throw new Error('SE missing');
    expect(suggestedChecklist([state('sellercentral.amazon.se', null, 1)], se)).toBeNull();
    expect(suggestedChecklist([state('sellercentral.amazon.de', 'on-hold', 1)], se)).toBeNull();
  });
});
