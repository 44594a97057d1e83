/**
 * The one table of Seller Central hosts. The manifest's content-script matches
 * and host permissions are generated from it (wxt.config.ts), so adding a
 * marketplace is adding a row here.
 */
import type { SellerCentralLanguage } from './lang/languages';

export type { SellerCentralLanguage };

export type Region = 'na' | 'eu' | 'fe';

interface MarketplaceRow {
  readonly host: string;
  /** ISO 3166 country code, or EU for the unified European Seller Central. */
  readonly code: string;
  readonly region: Region;
  readonly defaultLanguage: SellerCentralLanguage;
  /** Other languages its Seller Central commonly shows (Dutch in Belgium, French in Canada). */
  readonly otherLanguages?: readonly SellerCentralLanguage[];
}

/**
 * One row of the table: a host and the marketplace it belongs to. Two hosts can share a code
 * (Japan, Saudi Arabia); past the point where a URL's host is read, only the code travels.
 */
export interface Marketplace extends MarketplaceRow {
  readonly code: MarketplaceCode;
}

/** A marketplace's languages, its default first. */
export function languagesOf(marketplace: Marketplace): readonly SellerCentralLanguage[] {
  return [marketplace.defaultLanguage, ...(marketplace.otherLanguages ?? [])];
}

const TABLE = [
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
] as const satisfies readonly MarketplaceRow[];

/** A marketplace's identity everywhere behind the boundary: storage keys, messages, the UI. */
export type MarketplaceCode = (typeof TABLE)[number]['code'];

/** Every host, in table order; a code's first row is its primary host (links are built on it). */
export const MARKETPLACES: readonly Marketplace[] = TABLE;

const BY_HOST: ReadonlyMap<string, Marketplace> = new Map(MARKETPLACES.map((m) => [m.host, m]));

/** One entry per code, on its primary host: what the seller picks from and links are built on. */
export const PRIMARY_MARKETPLACES: readonly Marketplace[] = MARKETPLACES.filter(
  (market, index) => MARKETPLACES.findIndex((other) => other.code === market.code) === index,
);

const BY_CODE: ReadonlyMap<string, Marketplace> = new Map(PRIMARY_MARKETPLACES.map((m) => [m.code, m]));

/** Every marketplace code, once each. */
export const MARKETPLACE_CODES: readonly MarketplaceCode[] = PRIMARY_MARKETPLACES.map((m) => m.code);

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

/**
 * The one normalizer, used only where a URL's host is read (content scripts, a pasted URL, the
 * worker's migration of host-keyed storage): a Seller Central host or https URL to its code.
 * Case- and trailing-dot-insensitive; anything else (lookalikes, http, garbage) is undefined.
 */
export function marketplaceCodeOf(hostOrUrl: string | URL): MarketplaceCode | undefined {
  let host: string;
  if (typeof hostOrUrl === 'string' && !hostOrUrl.includes('/')) host = hostOrUrl;
  else {
    const parsed = parseUrl(hostOrUrl);
    if (parsed?.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  }
  return BY_HOST.get(host.toLowerCase().replace(/\.$/, ''))?.code;
}

/** Whether a value (from a message, from storage) is a code this version knows. */
export function isMarketplaceCode(value: unknown): value is MarketplaceCode {
  return typeof value === 'string' && BY_CODE.has(value);
}

/** The marketplace a code names, on its primary host. */
export function primaryMarketplace(code: MarketplaceCode): Marketplace {
  return BY_CODE.get(code) as Marketplace;
}

/** The host links to a marketplace are built on. */
export function marketplaceHost(code: MarketplaceCode): string {
  return primaryMarketplace(code).host;
}

/** A Seller Central URL on the marketplace's primary host, for links built from a page kind's path. */
export function sellerCentralUrl(code: MarketplaceCode, pathAndQuery: string): string {
  return `https://${marketplaceHost(code)}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
}
