import { describe, expect, it } from 'vitest';
import { marketplaceStateOf } from '@/lib/account-state/marketplace-state';
import { marketplaceName } from '@/lib/i18n/marketplace-name';
import { marketplaceStateKey } from '@/lib/i18n/state-labels';

describe('a marketplace row', () => {
  it('says the state seen, healthy when the last page that could show one showed none, unknown when nothing was seen', () => {
    expect(marketplaceStateOf({ state: 'on-hold' })).toBe('on-hold');
    expect(marketplaceStateOf({ state: null })).toBe('healthy');
    expect(marketplaceStateOf(undefined)).toBe('unknown');
    expect(marketplaceStateKey('healthy')).toBe('state_healthy');
    expect(marketplaceStateKey('unknown')).toBe('state_unknown');
    expect(marketplaceStateKey('verification-required')).toBe('state_verification');
  });

  it('names the marketplace by its country in the UI language, the unified European one included', () => {
    expect(marketplaceName('DE', 'en')).toBe('Germany');
    expect(marketplaceName('DE', 'de')).toBe('Deutschland');
    expect(marketplaceName('SE', 'sv')).toBe('Sverige');
    expect(marketplaceName('JP', 'ja')).toBe('日本');
    expect(marketplaceName('EU', 'en')).toBe('European Union');
    expect(marketplaceName('GB', 'zh')).toBe('英国');
  });

  it('shows a code it cannot name as the code', () => {
    expect(marketplaceName('not a code', 'en')).toBe('not a code');
    expect(marketplaceName('DE', 'not-a-language!')).toBe('DE');
  });
});
