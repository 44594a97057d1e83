/** The Seller Central pages the demo serves, by real URL, from test/fixtures/pages. */
export interface DemoPage {
  readonly url: string;
  readonly fixture: string;
  readonly title: string;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  { url: 'https://sellercentral.amazon.com/home', fixture: 'home-en.html', title: 'US home' },
  { url: 'https://sellercentral.amazon.se/home', fixture: 'home-sv.html', title: 'Swedish home' },
];
