import { describe, expect, it } from 'vitest';
import {
  MARKETPLACES,
  marketplaceForHost,
  marketplaceForUrl,
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

  it('finds the marketplace of a URL, case- and trailing-dot-insensitive', () => {
    expect(marketplaceForUrl('https://sellercentral.amazon.se/home')?.defaultLanguage).toBe('sv');
    expect(marketplaceForUrl('https://SellerCentral.Amazon.DE/x')?.code).toBe('DE');
    expect(marketplaceForHost('sellercentral.amazon.co.jp.')?.code).toBe('JP');
  });

  it('refuses lookalikes, other schemes and garbage', () => {
    expect(marketplaceForUrl('http://sellercentral.amazon.com/')).toBeNull();
    expect(marketplaceForUrl('https://sellercentral.amazon.com.attacker.io/')).toBeNull();
    expect(marketplaceForUrl('https://amazon.com/')).toBeNull();
    expect(marketplaceForUrl('%%%')).toBeNull();
  });

  it('builds links on the seller’s own host', () => {
    expect(sellerCentralUrl('sellercentral.amazon.se', '/cu/case-lobby')).toBe(
      'https://sellercentral.amazon.se/cu/case-lobby',
    );
    expect(sellerCentralUrl('unknown.example', 'home')).toBe('https://sellercentral.amazon.com/home');
  });
});
