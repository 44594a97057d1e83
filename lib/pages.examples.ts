/**
 * Example URLs for every page kind in pages.ts, real Seller Central shapes on several hosts.
 * Tests assert each is its own kind and no other.
 */
import type { PageKind } from './pages';

export const PAGE_EXAMPLES: Readonly<Record<Exclude<PageKind, 'other'>, readonly string[]>> = {
  'account-health': [
    'https://sellercentral.amazon.com/performance/dashboard',
    'https://sellercentral.amazon.de/performance/dashboard?ref=xx_perfdash_dnav_xx',
    'https://sellercentral.amazon.se/performance/account/health',
    'https://sellercentral.amazon.co.jp/performance/account/health/product-policies',
  ],
  'performance-notifications': [
    'https://sellercentral.amazon.com/performance/notifications',
    'https://sellercentral.amazon.co.uk/performance/notifications/detail?id=42',
    'https://sellercentral.amazon.fr/gp/customer-experience/perf-notifications.html',
  ],
  'case-log': [
    'https://sellercentral.amazon.com/cu/case-lobby',
    'https://sellercentral.amazon.se/cu/case-lobby?ref=xx_caselog_count_home',
  ],
  'case-view': [
    'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481',
    'https://sellercentral.amazon.de/gp/case-dashboard/view-case.html?caseID=20424098481',
    'https://sellercentral-europe.amazon.com/cu/case-dashboard/view-case?caseID=12345678901&View+or+Respond+to+Cases',
  ],
  support: [
    'https://sellercentral.amazon.com/cu/contact-us',
    'https://sellercentral.amazon.de/cu/contact-us?ref=xx_contactus_foot_xx',
    'https://sellercentral.amazon.co.uk/gp/case-dashboard/lobby.html',
    'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=not-a-case',
  ],
  'removal-create': [
    'https://sellercentral.amazon.com/recoveryui/removal-order/create',
    'https://sellercentral.amazon.se/recoveryui/removal-order/create?ref=fbacentral_nav_fba',
  ],
  'removal-detail': [
    'https://sellercentral.amazon.com/recoveryui/removal-order/detail?sourceRemovalOrderId=XK7P9QWE21',
    'https://sellercentral.amazon.it/recoveryui/removal-order/detail?sourceRemovalOrderId=2025-11-03-removal',
  ],
  'removal-report': [
    'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1',
    'https://sellercentral.amazon.se/reportcentral/REMOVAL_ORDER_DETAIL/0',
  ],
  'manage-orders': [
    'https://sellercentral.amazon.com/orders-v3',
    'https://sellercentral.amazon.co.uk/orders-v3/search?q=XK7P9QWE21&qt=orderid',
    'https://sellercentral.amazon.com/orders-v3/fba/all?page=1',
  ],
  inventory: [
    'https://sellercentral.amazon.com/myinventory/inventory',
    'https://sellercentral.amazon.de/myinventory/inventory?fulfilledBy=afn',
    'https://sellercentral.amazon.com/inventoryplanning/manageinventoryhealth',
  ],
  payments: [
    'https://sellercentral.amazon.se/payments/dashboard/index.html/ref=xx_payments_dnav_xx',
    'https://sellercentral.amazon.com/payments/event/view?resultsPerPage=10&pageNumber=1',
    'https://sellercentral.amazon.de/payments/allstatements/index.html',
    'https://sellercentral.amazon.co.uk/payments/reports/custom/request',
    'https://sellercentral.amazon.com/gp/payments-account/view-transactions.html',
  ],
  disbursements: [
    'https://sellercentral.amazon.com/payments/disburse/details?ref_=xx_paydisb_dnav_xx',
    'https://sellercentral.amazon.se/payments/disbursement/list',
    'https://sellercentral.amazon.de/payments/disburse',
  ],
  'notification-center': [
    'https://sellercentral.amazon.com/notifications/preferences',
    'https://sellercentral.amazon.se/notifications/view?ref=xx_notif_dnav_xx',
    'https://sellercentral.amazon.fr/notification-center',
  ],
  help: [
    'https://sellercentral.amazon.com/gp/help/external/G200370560',
    'https://sellercentral.amazon.se/help/hub/reference/external/G200280650',
    'https://sellercentral.amazon.com/learn/courses?ref_=su_course_accordion',
    'https://sellercentral.amazon.de/news/2024-policy-update',
  ],
  forums: [
    'https://sellercentral.amazon.com/seller-forums/discussions/t/account-deactivated-help/12345',
    'https://sellercentral.amazon.co.uk/forums/t/funds-on-hold/99',
  ],
  home: [
    'https://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.se/home?mons_sel_dir_mcid=amzn1.merchant',
    'https://sellercentral.amazon.co.jp/',
    'https://sellercentral.amazon.de/gp/homepage.html',
  ],
};

export const OTHER_EXAMPLES: readonly string[] = [
  'https://sellercentral.amazon.com/messaging/inbox',
  'https://sellercentral.amazon.com/payments-help/overview',
  'https://sellercentral.amazon.com/paymentsettings',
  'https://sellercentral.amazon.com/reportcentral/FBA_RETURNS/0',
];
