/**
 * The one table of Seller Central hosts. The manifest's content-script matches
 * and host permissions are generated from it (wxt.config.ts), so adding a
 * marketplace is adding a row here.
 */
import type { SellerCentralLanguage } from './lang/languages';

export type { SellerCentralLanguage };

export type Region = 'na' | 'eu' | 'fe';

export interface Marketplace {
  readonly host: string;
  /** ISO 3166 country code, or EU for the unified European Seller Central. */
  readonly code: string;
  readonly region: Region;
  readonly defaultLanguage: SellerCentralLanguage;
  /** Other languages its Seller Central commonly shows (Dutch in Belgium, French in Canada). */
  readonly otherLanguages?: readonly SellerCentralLanguage[];
}

/** A marketplace's languages, its default first. */
export function languagesOf(marketplace: Marketplace): readonly SellerCentralLanguage[] {
  return [marketplace.defaultLanguage, ...(marketplace.otherLanguages ?? [])];
}

export const MARKETPLACES: readonly Marketplace[] = [
  { host: 'sellercentral.amazon.com', code: 'US', region: 'na', defaultLanguage: 'en', otherLanguages: ['es'] },
  { host: 'sellercentral.amazon.ca', code: 'CA', region: 'na', defaultLanguage: 'en', otherLanguages: ['fr'] },
  { host: 'sellercentral.amazon.com.mx', code: 'MX', region: 'na', defaultLanguage: 'es' },
  { host: 'sellercentral.amazon.com.br', code: 'BR', region: 'na', defaultLanguage: 'pt' },
  { host: 'sellercentral-europe.amazon.com', code: 'EU', region: 'eu', defaultLanguage: 'en' },
  { host: 'sellercentral.amazon.co.uk', code: 'GB', region: 'eu', defaultLanguage: 'en' },
  { host: 'sellercentral.amazon.de', code: 'DE', region: 'eu', defaultLanguage: 'de' },
  { host: 'sellercentral.amazon.fr', code: 'FR', region: 'eu', defaultLanguage: 'fr' },
  { host: 'sellercentral.amazon.it', code: 'IT', region: 'eu', defaultLanguage: 'it' },
  { host: 'sellercentral.amazon.es', code: 'ES', region: 'eu', defaultLanguage: 'es' },
  { host: 'sellercentral.amazon.nl', code: 'NL', region: 'eu', defaultLanguage: 'nl' },
  { host: 'sellercentral.amazon.se', code: 'SE', region: 'eu', defaultLanguage: 'sv' },
  { host: 'sellercentral.amazon.pl', code: 'PL', region: 'eu', defaultLanguage: 'pl' },
  { host: 'sellercentral.amazon.com.be', code: 'BE', region: 'eu', defaultLanguage: 'fr', otherLanguages: ['nl'] },
  { host: 'sellercentral.amazon.ie', code: 'IE', region: 'eu', defaultLanguage: 'en' },
  { host: 'sellercentral.amazon.com.tr', code: 'TR', region: 'eu', defaultLanguage: 'tr' },
  { host: 'sellercentral.amazon.ae', code: 'AE', region: 'eu', defaultLanguage: 'en', otherLanguages: ['ar'] },
  { host: 'sellercentral.amazon.sa', code: 'SA', region: 'eu', defaultLanguage: 'ar' },
  { host: 'sellercentral.amazon.com.sa', code: 'SA', region: 'eu', defaultLanguage: 'ar' },
  { host: 'sellercentral.amazon.eg', code: 'EG', region: 'eu', defaultLanguage: 'ar' },
  { host: 'sellercentral.amazon.in', code: 'IN', region: 'eu', defaultLanguage: 'en' },
  { host: 'sellercentral.amazon.co.za', code: 'ZA', region: 'eu', defaultLanguage: 'en' },
  { host: 'sellercentral.amazon.sg', code: 'SG', region: 'fe', defaultLanguage: 'en' },
  { host: 'sellercentral.amazon.com.au', code: 'AU', region: 'fe', defaultLanguage: 'en' },
  { host: 'sellercentral.amazon.co.jp', code: 'JP', region: 'fe', defaultLanguage: 'ja' },
  { host: 'sellercentral-japan.amazon.com', code: 'JP', region: 'fe', defaultLanguage: 'ja' },
];

const BY_HOST: ReadonlyMap<string, Marketplace> = new Map(MARKETPLACES.map((m) => [m.host, m]));

/** Match patterns for every Seller Central host: https only, one per host, no wildcard TLDs. */
export const SELLER_CENTRAL_MATCHES: readonly string[] = MARKETPLACES.map((m) => `https://${m.host}/*`);

/**
 * Match patterns limited to some paths on every host, for content scripts that only make sense on
 * a few page kinds. Each path is a match-pattern path, e.g. `/recoveryui/*`.
 */
export function sellerCentralMatchesFor(paths: readonly string[]): string[] {
  return MARKETPLACES.flatMap((m) => paths.map((path) => `https://${m.host}${path}`));
}

/** Parses without throwing: a malformed URL is simply not Seller Central. */
export function parseUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function marketplaceForHost(host: string): Marketplace | null {
  return BY_HOST.get(host.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** The marketplace a URL belongs to, or null for anything that is not Seller Central over https. */
export function marketplaceForUrl(url: string | URL): Marketplace | null {
  const parsed = parseUrl(url);
  if (parsed?.protocol !== 'https:') return null;
  return marketplaceForHost(parsed.hostname);
}

export function isSellerCentralHost(host: string): boolean {
  return marketplaceForHost(host) !== null;
}

/** A Seller Central URL on the given host, for links built from a page kind's path. */
export function sellerCentralUrl(host: string, pathAndQuery: string): string {
  const market = marketplaceForHost(host) ?? MARKETPLACES[0];
  return `https://${market?.host ?? 'sellercentral.amazon.com'}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
}
