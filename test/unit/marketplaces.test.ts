import { describe, expect, it } from 'vitest';
import {
  isMarketplaceCode,
  MARKETPLACES,
  marketplaceCodeOf,
  marketplaceHost,
  PRIMARY_MARKETPLACES,
  SELLER_CENTRAL_MATCHES,
  sellerCentralUrl,
} from '@/lib/marketplaces';

// The host list from DESIGN.md, written out again on purpose: the table must cover each one.
const DESIGN_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.ie',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.com.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.in',
  'sellercentral.amazon.co.za',
  'sellercentral.amazon.sg',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.co.jp',
  'sellercentral-japan.amazon.com',
];

describe('marketplaces', () => {
  it('covers exactly the DESIGN hosts, each once', () => {
    expect(MARKETPLACES.map((m) => m.host).sort()).toEqual([...DESIGN_HOSTS].sort());
  });

  it('generates one https match pattern per host with no wildcard outside the path', () => {
    expect(SELLER_CENTRAL_MATCHES).toHaveLength(DESIGN_HOSTS.length);
    for (const pattern of SELLER_CENTRAL_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/sellercentral[a-z-]*\.amazon\.[a-z.]+\/\*$/);
      expect(pattern.slice(0, -2)).not.toContain('*');
    }
  });

  it('finds the marketplace code of a host or URL, case- and trailing-dot-insensitive', () => {
    expect(marketplaceCodeOf('https://sellercentral.amazon.se/home')).toBe('SE');
    expect(marketplaceCodeOf('https://SellerCentral.Amazon.DE/x')).toBe('DE');
    expect(marketplaceCodeOf('sellercentral.amazon.co.jp.')).toBe('JP');
    expect(marketplaceCodeOf(new URL('https://sellercentral.amazon.com.sa/home'))).toBe('SA');
  });

  it('gives both Japanese hosts one code, and links go to its primary host', () => {
    expect(marketplaceCodeOf('sellercentral-japan.amazon.com')).toBe('JP');
    expect(marketplaceCodeOf('https://sellercentral.amazon.co.jp/home')).toBe('JP');
    expect(marketplaceHost('JP')).toBe('sellercentral.amazon.co.jp');
    expect(marketplaceHost('SA')).toBe('sellercentral.amazon.sa');
    const codes = PRIMARY_MARKETPLACES.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(MARKETPLACES.map((m) => m.code))).toEqual(new Set(codes));
  });

  it('refuses lookalikes, other schemes and garbage', () => {
    expect(marketplaceCodeOf('http://sellercentral.amazon.com/')).toBeUndefined();
    expect(marketplaceCodeOf('https://sellercentral.amazon.com.attacker.io/')).toBeUndefined();
    expect(marketplaceCodeOf('https://amazon.com/')).toBeUndefined();
    expect(marketplaceCodeOf('%%%')).toBeUndefined();
    expect(marketplaceCodeOf('SE')).toBeUndefined();
  });

  it('knows its codes and nothing else', () => {
    expect(isMarketplaceCode('SE')).toBe(true);
    expect(isMarketplaceCode('se')).toBe(false);
    expect(isMarketplaceCode('XX')).toBe(false);
    expect(isMarketplaceCode('sellercentral.amazon.se')).toBe(false);
  });

  it('builds links on the marketplace’s primary host', () => {
    expect(sellerCentralUrl('SE', '/cu/case-lobby')).toBe('https://sellercentral.amazon.se/cu/case-lobby');
    expect(sellerCentralUrl('US', 'home')).toBe('https://sellercentral.amazon.com/home');
  });
});
