/** The Seller Central pages the demo serves, by real URL, from test/fixtures/pages. */
export interface DemoPage {
  readonly url: string;
  readonly fixture: string;
  readonly title: string;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  { url: 'https://sellercentral.amazon.com/home', fixture: 'home-en.html', title: 'US home' },
  {
    url: 'https://sellercentral.amazon.com/performance/dashboard',
    fixture: 'detect/deactivated-en-dashboard.html',
    title: 'Account Health with a deactivation notice',
  },
  {
    url: 'https://sellercentral.amazon.se/payments/dashboard/index.html',
    fixture: 'detect/on-hold-sv-payments.html',
    title: 'Swedish payments page with a hold',
  },
  {
    url: 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1',
    fixture: 'removal/report-en.html',
    title: 'Removal order report',
  },
  {
    url: 'https://sellercentral.amazon.com/recoveryui/removal-order/create',
    fixture: 'removal/create-en.html',
    title: 'New removal order',
  },
  {
    url: 'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481',
    fixture: 'cases/case-view-en.html',
    title: 'Support case',
  },
];
