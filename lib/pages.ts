/**
 * URL -> page kind. Pure functions, each with example URLs beside it; a unit test asserts
 * every example is true for its own kind and false for every other kind, so kinds can
 * never overlap silently (the refined-github / github-url-detection pattern).
 */
import { type Marketplace, marketplaceForUrl, parseUrl } from './marketplaces';

export const PAGE_KINDS = [
  'account-health',
  'performance-notifications',
  'case-log',
  'case-view',
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

interface KindRule {
  readonly test: (url: URL) => boolean;
  readonly examples: readonly string[];
}

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

export const PAGE_RULES: Readonly<Record<Exclude<PageKind, 'other'>, KindRule>> = {
  'account-health': {
    test: (u) => under(u, '/performance/dashboard') || under(u, '/performance/account/health'),
    examples: [
      'https://sellercentral.amazon.com/performance/dashboard',
      'https://sellercentral.amazon.de/performance/dashboard?ref=xx_perfdash_dnav_xx',
      'https://sellercentral.amazon.se/performance/account/health',
      'https://sellercentral.amazon.co.jp/performance/account/health/product-policies',
    ],
  },
  'performance-notifications': {
    test: (u) =>
      under(u, '/performance/notifications') || path(u) === '/gp/customer-experience/perf-notifications.html',
    examples: [
      'https://sellercentral.amazon.com/performance/notifications',
      'https://sellercentral.amazon.co.uk/performance/notifications/detail?id=42',
      'https://sellercentral.amazon.fr/gp/customer-experience/perf-notifications.html',
    ],
  },
  'case-log': {
    test: (u) => under(u, '/cu/case-lobby'),
    examples: [
      'https://sellercentral.amazon.com/cu/case-lobby',
      'https://sellercentral.amazon.se/cu/case-lobby?ref=xx_caselog_count_home',
    ],
  },
  'case-view': {
    test: (u) => caseIdFromUrl(u) !== null,
    examples: [
      'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481',
      'https://sellercentral.amazon.de/gp/case-dashboard/view-case.html?caseID=20424098481',
      'https://sellercentral-europe.amazon.com/cu/case-dashboard/view-case?caseID=12345678901&View+or+Respond+to+Cases',
    ],
  },
  'removal-create': {
    test: (u) => under(u, '/recoveryui/removal-order/create'),
    examples: [
      'https://sellercentral.amazon.com/recoveryui/removal-order/create',
      'https://sellercentral.amazon.se/recoveryui/removal-order/create?ref=fbacentral_nav_fba',
    ],
  },
  'removal-detail': {
    test: (u) => under(u, '/recoveryui/removal-order/detail'),
    examples: [
      'https://sellercentral.amazon.com/recoveryui/removal-order/detail?sourceRemovalOrderId=XK7P9QWE21',
      'https://sellercentral.amazon.it/recoveryui/removal-order/detail?sourceRemovalOrderId=2025-11-03-removal',
    ],
  },
  'removal-report': {
    test: (u) => underExact(u, '/reportcentral/REMOVAL_ORDER_DETAIL'),
    examples: [
      'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1',
      'https://sellercentral.amazon.se/reportcentral/REMOVAL_ORDER_DETAIL/0',
    ],
  },
  'manage-orders': {
    test: (u) => /^\/orders-v3(\/|$)/.test(path(u)),
    examples: [
      'https://sellercentral.amazon.com/orders-v3',
      'https://sellercentral.amazon.co.uk/orders-v3/search?q=XK7P9QWE21&qt=orderid',
      'https://sellercentral.amazon.com/orders-v3/fba/all?page=1',
    ],
  },
  inventory: {
    test: (u) => under(u, '/myinventory/inventory') || under(u, '/inventoryplanning'),
    examples: [
      'https://sellercentral.amazon.com/myinventory/inventory',
      'https://sellercentral.amazon.de/myinventory/inventory?fulfilledBy=afn',
      'https://sellercentral.amazon.com/inventoryplanning/manageinventoryhealth',
    ],
  },
  // Help, Seller University and news pages quote deactivation notices constantly: they are
  // one kind, and detection never alarms on it.
  help: {
    test: (u) => under(u, '/gp/help') || under(u, '/help') || under(u, '/learn') || under(u, '/news'),
    examples: [
      'https://sellercentral.amazon.com/gp/help/external/G200370560',
      'https://sellercentral.amazon.se/help/hub/reference/external/G200280650',
      'https://sellercentral.amazon.com/learn/courses?ref_=su_course_accordion',
      'https://sellercentral.amazon.de/news/2024-policy-update',
    ],
  },
  forums: {
    test: (u) => under(u, '/seller-forums') || under(u, '/forums'),
    examples: [
      'https://sellercentral.amazon.com/seller-forums/discussions/t/account-deactivated-help/12345',
      'https://sellercentral.amazon.co.uk/forums/t/funds-on-hold/99',
    ],
  },
  home: {
    test: (u) => ['/', '/home', '/gp/homepage.html'].includes(path(u).replace(/(.)\/$/, '$1')),
    examples: [
      'https://sellercentral.amazon.com/home',
      'https://sellercentral.amazon.se/home?mons_sel_dir_mcid=amzn1.merchant',
      'https://sellercentral.amazon.co.jp/',
      'https://sellercentral.amazon.de/gp/homepage.html',
    ],
  },
};

/** Report IDs in this path are upper case in Seller Central; match the segment case-sensitively. */
function underExact(u: URL, prefix: string): boolean {
  return u.pathname === prefix || u.pathname.startsWith(`${prefix}/`);
}

export const OTHER_EXAMPLES: readonly string[] = [
  'https://sellercentral.amazon.com/messaging/inbox',
  'https://sellercentral.amazon.com/payments/dashboard/index.html',
  'https://sellercentral.amazon.com/reportcentral/FBA_RETURNS/0',
];

export function pageKindOf(input: string | URL): PageKind {
  const url = parseUrl(input);
  if (!url) return 'other';
  for (const kind of PAGE_KINDS) {
    if (kind !== 'other' && PAGE_RULES[kind].test(url)) return kind;
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
