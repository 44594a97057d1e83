/**
 * URL -> page kind. Pure functions; their example URLs sit beside them in pages.examples.ts
 * (kept out of this file so they do not ship in the content script). A unit test asserts every
 * example is true for its own kind and false for every other kind, so kinds can never overlap
 * silently (the refined-github / github-url-detection pattern).
 */
import { type Marketplace, marketplaceCodeOf, parseUrl, primaryMarketplace } from './marketplaces';

const path = (url: URL) => url.pathname.replace(/\/{2,}/g, '/').toLowerCase();
const under = (url: URL, prefix: string) => {
  const p = path(url);
  return p === prefix || p.startsWith(`${prefix}/`);
};
/** Report IDs in this path are upper case in Seller Central; match the segment case-sensitively. */
const underExact = (u: URL, prefix: string) => u.pathname === prefix || u.pathname.startsWith(`${prefix}/`);

/** Case IDs in Seller Central are all digits; anything else on a case URL is not a case. */
export function caseIdFromUrl(input: string | URL): string | null {
  const url = parseUrl(input);
  if (!url) return null;
  const p = path(url);
  if (p !== '/cu/case-dashboard/view-case' && p !== '/gp/case-dashboard/view-case.html') return null;
  const id = url.searchParams.get('caseID') ?? url.searchParams.get('caseId');
  return id && /^\d{6,15}$/.test(id) ? id : null;
}

const isCaseLog = (u: URL) => under(u, '/cu/case-lobby');
/** Seller Central's disbursement pages sit inside its payments app. */
const isDisbursements = (u: URL) => /^\/payments\/disburse(ment)?s?(\/|$)/.test(path(u));

interface PageKindDefinition {
  /** True for a URL of this kind; the exclusivity test keeps kinds from overlapping. */
  readonly test: (url: URL) => boolean;
  /**
   * Match-pattern paths that cover the kind, for the content scripts injected on a few kinds
   * only: their manifest `matches` are built from these (lib/content-script/script-options.ts).
   * Browsers match them against path and query, case-sensitively, `*` standing for anything. A
   * pattern may cover more than its kind (`test` decides); a unit test checks it covers the
   * kind's examples. Kinds no such script serves need none.
   */
  readonly paths?: readonly string[];
  /** The page quotes account notices (help, forums) instead of stating the seller's own state. */
  readonly quotesNotices?: true;
}

/**
 * Every page kind, in one list that zod and the worker read without the rules (so the worker's
 * bundle does not carry them) and one table that the compiler holds to that list: adding a kind is
 * a name here, an entry below, its example URLs in pages.examples.ts and its label in
 * messages.json (the last two enforced by tests).
 */
export const PAGE_KINDS = [
  'other',
  'account-health',
  'performance-notifications',
  'case-log',
  'case-view',
  'support',
  'removal-create',
  'removal-detail',
  'removal-report',
  'manage-orders',
  'inventory',
  'payments',
  'disbursements',
  'notification-center',
  'help',
  'forums',
  'home',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
/** `other`: a Seller Central page no entry describes. */
type KnownPageKind = Exclude<PageKind, 'other'>;

const PAGE_KIND_TABLE = {
  'account-health': {
    test: (u) => under(u, '/performance/dashboard') || under(u, '/performance/account/health'),
    paths: ['/performance/dashboard*', '/performance/account/health*'],
  },
  'performance-notifications': {
    test: (u) =>
      under(u, '/performance/notifications') || path(u) === '/gp/customer-experience/perf-notifications.html',
    paths: ['/performance/notifications*', '/gp/customer-experience/perf-notifications.html*'],
  },
  'case-log': { test: isCaseLog, paths: ['/cu/case-lobby*'] },
  'case-view': {
    test: (u) => caseIdFromUrl(u) !== null,
    paths: ['/cu/case-dashboard/view-case*', '/gp/case-dashboard/view-case.html*'],
  },
  // The rest of Seller Support's case app (contact forms, the legacy case dashboard): a case
  // opens from these pages without a reload.
  support: {
    test: (u) => (under(u, '/cu') || under(u, '/gp/case-dashboard')) && !isCaseLog(u) && caseIdFromUrl(u) === null,
    paths: ['/cu/*', '/gp/case-dashboard/*'],
  },
  'removal-create': {
    test: (u) => under(u, '/recoveryui/removal-order/create'),
    paths: ['/recoveryui/removal-order/create*'],
  },
  'removal-detail': {
    test: (u) => under(u, '/recoveryui/removal-order/detail'),
    paths: ['/recoveryui/removal-order/detail*'],
  },
  'removal-report': {
    test: (u) => underExact(u, '/reportcentral/REMOVAL_ORDER_DETAIL'),
    paths: ['/reportcentral/REMOVAL_ORDER_DETAIL*'],
  },
  'manage-orders': { test: (u) => /^\/orders-v3(\/|$)/.test(path(u)), paths: ['/orders-v3*'] },
  inventory: { test: (u) => under(u, '/myinventory/inventory') || under(u, '/inventoryplanning') },
  disbursements: { test: isDisbursements },
  // A payments page states a hold on funds the way Account Health states one on the account.
  payments: { test: (u) => (under(u, '/payments') || under(u, '/gp/payments-account')) && !isDisbursements(u) },
  'notification-center': { test: (u) => under(u, '/notifications') || under(u, '/notification-center') },
  // Help, Seller University and news pages quote deactivation notices constantly: they are
  // one kind, and detection never alarms on it.
  help: {
    test: (u) => under(u, '/gp/help') || under(u, '/help') || under(u, '/learn') || under(u, '/news'),
    quotesNotices: true,
  },
  forums: { test: (u) => under(u, '/seller-forums') || under(u, '/forums'), quotesNotices: true },
  home: { test: (u) => ['/', '/home', '/gp/homepage.html'].includes(path(u).replace(/(.)\/$/, '$1')) },
} as const satisfies Record<KnownPageKind, PageKindDefinition>;

const definitionOf = (kind: KnownPageKind): PageKindDefinition => PAGE_KIND_TABLE[kind];

/** True when the URL is of this kind (for the exclusivity test and callers that ask about one kind). */
export function isPageKind(kind: KnownPageKind, url: URL): boolean {
  return definitionOf(kind).test(url);
}

/** The match-pattern paths that cover a kind; none for kinds no narrow content script serves. */
export function pathsOf(kind: PageKind): readonly string[] | undefined {
  return kind === 'other' ? undefined : definitionOf(kind).paths;
}

export function pageKindOf(input: string | URL): PageKind {
  const url = parseUrl(input);
  if (!url) return 'other';
  return PAGE_KINDS.find((kind) => kind !== 'other' && isPageKind(kind, url)) ?? 'other';
}

export interface PageContext {
  readonly marketplace: Marketplace;
  readonly kind: PageKind;
  readonly url: string;
}

/** Marketplace and kind of a Seller Central page; null for any other URL, malformed ones included. */
export function pageContextOf(input: string | URL): PageContext | null {
  const url = parseUrl(input);
  if (!url) return null;
  const code = marketplaceCodeOf(url);
  if (!code) return null;
  return { marketplace: primaryMarketplace(code), kind: pageKindOf(url), url: url.href };
}

/** Pages that quote account notices instead of stating the seller's own account state. */
export function isQuotingPage(kind: PageKind): boolean {
  return kind !== 'other' && definitionOf(kind).quotesNotices === true;
}
