/**
 * Issue #18 in real Chromium: Account Health pages read on three days (the worker's clock set
 * for each visit) become three rating points, the at-risk period a band beneath them, and a
 * dated list of the state's changes, in the popup's history view of that marketplace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  editedFixture,
  launchExtensionBrowser,
  readFixture,
} from '../support/extension-browser';
import { screenshot } from '../support/screenshots';

const URL_US = 'https://sellercentral.amazon.com/performance/dashboard';
const DAYS = [Date.UTC(2026, 10, 2, 18), Date.UTC(2026, 10, 6, 18), Date.UTC(2026, 10, 10, 18)];
const READINGS = [
  [150, 'At Risk'],
  [120, 'At Risk'],
  [250, 'Healthy'],
] as const;

/** The Account Health page with the rating widget showing `rating` and its status word. */
function accountHealthPage(rating: number, status: string): string {
  return editedFixture('detect/ahr-150-en.html', [
    ['id="ahr-score">150<', `id="ahr-score">${rating}<`],
    ['id="ahr-status" label="At Risk"', `id="ahr-status" label="${status}"`],
  ]);
}

const POLICY_TABLE_IN_FIXTURE =
  '<table><tr><th>Suspected intellectual property violations</th><td>0</td></tr><tr><th>Restricted product policy violations</th><td>0</td></tr></table>';
const POLICIES = [
  'Suspected intellectual property violations',
  'Received intellectual property complaints',
  'Product authenticity customer complaints',
  'Food and product safety issues',
  'Listing policy violations',
  'Restricted product policy violations',
  'Customer product reviews policy violations',
  'Other policy violations',
];

/** The Account Health page listing every policy, the listing policy with `listing` violations. */
function policyPage(listing: number): string {
  const rows = POLICIES.map(
    (name) =>
      `<div class="policy-row"><div class="policy-name"><a href="#">${name}</a></div>` +
      `<div class="policy-count"><span>${name.startsWith('Listing') ? listing : 0}</span></div></div>`,
  ).join('');
  return editedFixture('detect/ahr-150-en.html', [
    ['id="ahr-score">150<', 'id="ahr-score">320<'],
    ['id="ahr-status" label="At Risk"', 'id="ahr-status" label="Healthy"'],
    [POLICY_TABLE_IN_FIXTURE, `<div class="policy-list">${rows}</div>`],
  ]);
}

const NOTIFICATIONS_PAGE = `<!doctype html><html lang="en"><head><title>Performance Notifications</title></head>
<body><main><h1>Performance Notifications</h1>
<table><thead><tr><th>Date</th><th>Subject</th></tr></thead><tbody>
<tr><td>11/30/2026</td><td><a href="#">Listing removed: restricted product</a></td></tr>
<tr><td>Nov 14, 2026</td><td><a href="#">Policy warning</a><p>We removed a listing. If you think this is a mistake, contact us by November 28, 2026.</p></td></tr>
</tbody></table></main>
<footer><span>© 1999-2026, Amazon.com, Inc. or its affiliates</span></footer></body></html>`;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the rating’s history', () => {
  it('keeps one reading per visited day and draws them with the at-risk period beneath', async () => {
    for (const [index, [rating, status]] of READINGS.entries()) {
      const at = DAYS[index] as number;
      await browser.setWorkerClock(at);
      await browser.serve(URL_US, accountHealthPage(rating, status));
      const page = await browser.context.newPage();
      await page.goto(URL_US);
      await expect
        .poll(
          async () => ((await browser.storage('local'))['ratingHistory:US'] as { days?: unknown[] })?.days?.length,
          {
            timeout: 10_000,
          },
        )
        .toBe(index + 1);
      await expect
        .poll(async () => ((await browser.storage('local'))['accountState:US'] as { lastSeen?: number })?.lastSeen)
        .toBe(at);
      await page.close();
    }
    expect(((await browser.storage('local'))['ratingHistory:US'] as { days: unknown[] }).days).toEqual([
      { day: '2026-11-02', at: DAYS[0], rating: 150, status: 'at-risk' },
      { day: '2026-11-06', at: DAYS[1], rating: 120, status: 'at-risk' },
      { day: '2026-11-10', at: DAYS[2], rating: 250, status: 'healthy' },
    ]);

    const popup = await browser.openPopup();
    const row = popup.locator('[data-testid="marketplace-states"] [data-scc-marketplace="US"]');
    await expect.poll(() => row.getByTestId('marketplace-rating').textContent()).toBe('Rating 250');
    await row.getByRole('button', { name: 'History' }).click();
    const history = popup.locator('[data-scc-history="US"]');
    await history.waitFor();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('history-heading');
    expect(await history.getByRole('heading', { level: 2 }).textContent()).toBe('History: United States (US)');
    const points = history.locator('[data-scc-ahr-reading]');
    await expect.poll(() => points.count()).toBe(3);
    const drawn = await points.evaluateAll((circles) =>
      circles.map((c) => ({ rating: c.getAttribute('data-scc-ahr-reading'), x: Number(c.getAttribute('cx')) })),
    );
    expect(drawn.map((p) => p.rating)).toEqual(['150', '120', '250']);
    // One band: at risk from the first reading's day until the day it read healthy again.
    const bands = await history.locator('.chart-band').evaluateAll((rects) =>
      rects.map((r) => ({
        state: r.getAttribute('data-state'),
        x: Number(r.getAttribute('x')),
        width: Number(r.getAttribute('width')),
      })),
    );
    expect(bands).toHaveLength(1);
    expect(bands[0]?.state).toBe('at-risk');
    expect(Math.abs((bands[0]?.x ?? 0) - (drawn[0]?.x ?? 0))).toBeLessThan(3);
    expect(Math.abs((bands[0]?.x ?? 0) + (bands[0]?.width ?? 0) - (drawn[2]?.x ?? 0))).toBeLessThan(3);
    // The same readings as a table, newest first (built when opened), and the state's changes as a dated list.
    expect(await history.locator('.history-table').count()).toBe(0);
    await history.getByText('The readings as a table').click();
    await expect.poll(() => history.locator('.history-table tbody tr').count()).toBe(3);
    expect(await history.locator('.history-table tbody tr').allTextContents()).toEqual([
      'Nov 10, 2026250Healthy',
      'Nov 6, 2026120At risk',
      'Nov 2, 2026150At risk',
    ]);
    expect(await history.getByTestId('history-changes').locator('li').allTextContents()).toEqual([
      'Nov 10, 2026healthy',
      'Nov 2, 2026at risk',
    ]);
    expect(await history.getByRole('img').getAttribute('aria-label')).toBe(
      'Rating over time: 3 days read, the latest 250.',
    );
    await screenshot(popup, 'status-history-en');
    await history.getByRole('button', { name: 'Back to your marketplaces' }).click();
    await expect.poll(() => row.isVisible()).toBe(true);
    await popup.close();
  });

  it('keeps the rating falling below 200 as news for the popup', async () => {
    // The first test left US at 250 on Nov 10; the next day's page reads 150.
    const at = Date.UTC(2026, 10, 11, 18);
    await browser.setWorkerClock(at);
    await browser.serve(URL_US, accountHealthPage(150, 'At Risk'));
    const page = await browser.context.newPage();
    await page.goto(URL_US);
    await expect
      .poll(async () => (await browser.storage('local')).accountChanges, { timeout: 10_000 })
      .toContainEqual({ marketplace: 'US', at, threshold: 200, rating: 150 });
    await page.close();
  });

  it('says how many older changes an entry stands for, once the history was full', async () => {
    const at = Date.UTC(2026, 10, 20, 9);
    await browser.setStorage('local', {
      'accountState:DE': {
        marketplace: 'DE',
        state: 'on-hold',
        severity: 'critical',
        firstSeen: at,
        lastSeen: at,
        url: 'https://sellercentral.amazon.de/home',
        quote: null,
      },
      'accountState:DE$': { v: 2 },
      accountStateHistory: [
        { marketplace: 'DE', state: 'at-risk', at: at - 100 * 86_400_000, summarized: 12 },
        { marketplace: 'DE', state: 'on-hold', at },
      ],
      accountStateHistory$: { v: 2 },
    });
    const popup = await browser.openPopup();
    const row = popup.locator('[data-testid="marketplace-states"] [data-scc-marketplace="DE"]');
    await row.getByRole('button', { name: 'History' }).click();
    const changes = popup.locator('[data-scc-history="DE"]').getByTestId('history-changes').locator('li');
    await expect.poll(() => changes.count()).toBe(2);
    expect(await changes.nth(1).textContent()).toBe('Aug 12, 202612 earlier changes, summarizedat risk');
    await popup.close();
  });

  it('keeps the policy counts and the performance notifications, and says a count going up', async () => {
    const health = 'https://sellercentral.amazon.com/performance/account/health';
    const first = Date.UTC(2026, 10, 21, 18);
    const second = Date.UTC(2026, 10, 24, 18);
    for (const [at, listing] of [
      [first, 0],
      [second, 2],
    ] as const) {
      await browser.setWorkerClock(at);
      await browser.serve(health, policyPage(listing));
      const page = await browser.context.newPage();
      await page.goto(health);
      await expect
        .poll(
          async () => ((await browser.storage('local'))['policyHistory:US'] as { latest?: { at: number } })?.latest?.at,
          {
            timeout: 10_000,
          },
        )
        .toBe(at);
      await page.close();
    }
    const kept = (await browser.storage('local'))['policyHistory:US'] as {
      latest: { rows: { name: string; count: number }[] };
      changes: unknown[];
    };
    expect(kept.latest.rows.map((row) => row.name)).toEqual(POLICIES);
    expect(kept.changes).toEqual([{ at: second, name: 'Listing policy violations', from: 0, to: 2 }]);
    expect((await browser.storage('local')).accountChanges).toContainEqual({
      marketplace: 'US',
      at: second,
      policy: 'Listing policy violations',
      from: 0,
      to: 2,
    });

    const notifications = 'https://sellercentral.amazon.com/performance/notifications';
    await browser.serve(notifications, NOTIFICATIONS_PAGE);
    const page = await browser.context.newPage();
    await page.goto(notifications);
    await expect
      .poll(
        async () => ((await browser.storage('local'))['performanceNotices:US'] as { notices?: unknown[] })?.notices,
        {
          timeout: 10_000,
        },
      )
      .toMatchObject([
        { title: 'Policy warning', shown: 'Nov 14, 2026', day: '2026-11-14' },
        { title: 'Listing removed: restricted product', shown: '11/30/2026', day: '2026-11-30' },
      ]);
    await page.close();

    // The worker's clock is in the past of this machine's: what an earlier popup marked seen is unseen again.
    await browser.setStorage('local', { changesSeenAt: 0, changesSeenAt$: { v: 1 } });
    const popup = await browser.openPopup();
    await expect
      .poll(() =>
        popup.locator('[data-testid="changes-since"] [data-change="policy-rise"]').textContent({ timeout: 10_000 }),
      )
      .toContain('United States: “Listing policy violations” went up from 0 to 2');
    const row = popup.locator('[data-testid="marketplace-states"] [data-scc-marketplace="US"]');
    await row.getByRole('button', { name: 'History' }).click();
    const history = popup.locator('[data-scc-history="US"]');
    const policies = history.getByTestId('history-policies').locator('tbody tr');
    await expect.poll(() => policies.count()).toBe(POLICIES.length);
    expect(await policies.nth(4).textContent()).toBe('Listing policy violations2');
    expect(await history.locator('.policy-flagged').count()).toBe(1);
    expect(await history.getByTestId('history-notices').locator('li').allTextContents()).toEqual([
      'Nov 30, 2026Listing removed: restricted product',
      'Nov 14, 2026Policy warning',
    ]);
    await history.getByText('Changes in the counts').click();
    expect(await history.getByTestId('history-policy-changes').locator('li').allTextContents()).toEqual([
      'Nov 24, 2026Listing policy violations: 0 → 2',
    ]);
    await screenshot(popup, 'status-history-policies-en');
    await popup.close();
  });
  it('reads, in real Chromium, lists written apart from the readers: no screen-reader text, no chips, no categories', async () => {
    // Three tuning pages of the health-lists set (test/fixtures/pages/health-lists/README.md):
    // names beside "(opens details)" for screen readers, a status chip before each name, and
    // notifications with a category, a "New" chip and a preview beside each title.
    const expected = JSON.parse(readFixture('health-lists/tuning/expected.json')) as Record<
      string,
      { url: string; policies?: unknown[]; notices?: unknown[] }
    >;
    const pages = [
      ['ah-en-21.html', 'policyHistory:US'],
      ['ah-sv-31.html', 'policyHistory:SE'],
      ['pn-en-32.html', 'performanceNotices:GB'],
    ] as const;
    const titleAndDay = (notice: unknown) => {
      const { title, day } = notice as { title: string; day: string };
      return `${day} ${title}`;
    };
    const byDay = (a: string, b: string) => (a < b ? -1 : 1);
    for (const [name, key] of pages) {
      const { url, policies, notices } = expected[name] ?? { url: '' };
      await browser.serve(url, readFixture(`health-lists/tuning/${name}`));
      const page = await browser.context.newPage();
      await page.goto(url);
      const kept = async () => {
        const value = (await browser.storage('local'))[key] as
          | { latest?: { rows: unknown[] }; notices?: unknown[] }
          | undefined;
        // The worker keeps notifications by day, newest last; the page lists them newest first.
        return policies ? value?.latest?.rows : value?.notices?.map(titleAndDay).sort(byDay);
      };
      const want = policies ?? (notices ?? []).map(titleAndDay).sort(byDay);
      await expect.poll(kept, { timeout: 10_000 }).toEqual(want);
      await page.close();
    }
  });
});
