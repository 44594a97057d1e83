/**
 * URL -> page kind. Pure functions; their example URLs sit beside them in pages.examples.ts
 * (kept out of this file so they do not ship in the content script). A unit test asserts every
 * example is true for its own kind and false for every other kind, so kinds can never overlap
 * silently (the refined-github / github-url-detection pattern).
 */
import { type Marketplace, marketplaceForUrl, parseUrl } from './marketplaces';

export const PAGE_KINDS = [
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
  'help',
  'forums',
  'home',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const path = (url: URL) => url.pathname.replace(/\/{2,}/g, '/').toLowerCase();
const under = (url: URL, prefix: string) => {
  const p = path(url);
  return p === prefix || p.startsWith(`${prefix}/`);
};

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

export const PAGE_RULES: Readonly<Record<Exclude<PageKind, 'other'>, (url: URL) => boolean>> = {
  'account-health': (u) => under(u, '/performance/dashboard') || under(u, '/performance/account/health'),
  'performance-notifications': (u) =>
    under(u, '/performance/notifications') || path(u) === '/gp/customer-experience/perf-notifications.html',
  'case-log': isCaseLog,
  'case-view': (u) => caseIdFromUrl(u) !== null,
  // The rest of Seller Support's case app (contact forms, the legacy case dashboard): a case
  // opens from these pages without a reload.
  support: (u) => (under(u, '/cu') || under(u, '/gp/case-dashboard')) && !isCaseLog(u) && caseIdFromUrl(u) === null,
  'removal-create': (u) => under(u, '/recoveryui/removal-order/create'),
  'removal-detail': (u) => under(u, '/recoveryui/removal-order/detail'),
  'removal-report': (u) => underExact(u, '/reportcentral/REMOVAL_ORDER_DETAIL'),
  'manage-orders': (u) => /^\/orders-v3(\/|$)/.test(path(u)),
  inventory: (u) => under(u, '/myinventory/inventory') || under(u, '/inventoryplanning'),
  // Help, Seller University and news pages quote deactivation notices constantly: they are
  // one kind, and detection never alarms on it.
  help: (u) => under(u, '/gp/help') || under(u, '/help') || under(u, '/learn') || under(u, '/news'),
  forums: (u) => under(u, '/seller-forums') || under(u, '/forums'),
  home: (u) => ['/', '/home', '/gp/homepage.html'].includes(path(u).replace(/(.)\/$/, '$1')),
};

/**
 * Match-pattern paths that cover each kind, for the content scripts injected on a few kinds only:
 * their manifest `matches` are built from these (lib/content-script/script-options.ts). Browsers
 * match them against path and query, case-sensitively, `*` standing for anything. A pattern may
 * cover more than its kind (the rules above decide); a unit test checks it covers the kind's
 * examples. Kinds no such script serves need none.
 */
export const PAGE_PATHS: Readonly<Partial<Record<PageKind, readonly string[]>>> = {
  'case-log': ['/cu/case-lobby*'],
  'case-view': ['/cu/case-dashboard/view-case*', '/gp/case-dashboard/view-case.html*'],
  support: ['/cu/*', '/gp/case-dashboard/*'],
  'removal-create': ['/recoveryui/removal-order/create*'],
  'removal-detail': ['/recoveryui/removal-order/detail*'],
  'removal-report': ['/reportcentral/REMOVAL_ORDER_DETAIL*'],
  'manage-orders': ['/orders-v3*'],
};

/** Report IDs in this path are upper case in Seller Central; match the segment case-sensitively. */
function underExact(u: URL, prefix: string): boolean {
  return u.pathname === prefix || u.pathname.startsWith(`${prefix}/`);
}

export function pageKindOf(input: string | URL): PageKind {
  const url = parseUrl(input);
  if (!url) return 'other';
  for (const kind of PAGE_KINDS) {
    if (kind !== 'other' && PAGE_RULES[kind](url)) return kind;
  }
  return 'other';
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
  const marketplace = marketplaceForUrl(url);
  if (!marketplace) return null;
  return { marketplace, kind: pageKindOf(url), url: url.href };
}

/** Pages that quote account notices instead of stating the seller's own account state. */
export function isQuotingPage(kind: PageKind): boolean {
  return kind === 'help' || kind === 'forums';
}
