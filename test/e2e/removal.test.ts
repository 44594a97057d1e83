import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRemovalReport } from '@/lib/removal/report-parser';
import { reportTotals } from '@/lib/removal/report-view';
import { axeViolations } from '../support/axe';
import { type ExtensionBrowser, FIXTURE_DIR, launchExtensionBrowser, ROOT } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';
import { openPopup, setUiLanguage } from '../support/ui';

interface FixtureEntry {
  readonly file: string;
  readonly url: string;
  readonly orders: readonly { readonly orderId: string; readonly eligibility: string }[];
  readonly createRules?: boolean;
}

const MANIFEST: readonly FixtureEntry[] = JSON.parse(readFileSync(join(FIXTURE_DIR, 'removal/manifest.json'), 'utf8'));
const REPORTS = join(ROOT, 'test/fixtures/reports');
const BADGE = '[data-scc-removal-order]';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  for (const entry of MANIFEST) await browser.serveFixture(entry.url, `removal/${entry.file}`);
});

afterAll(async () => {
  await browser?.close();
});

/** Every badge on the page, through shadow roots (Playwright's CSS engine pierces open ones). */
async function badges(page: Page): Promise<Array<{ orderId: string; eligibility: string }>> {
  const locator = page.locator(BADGE);
  const count = await locator.count();
  const out: Array<{ orderId: string; eligibility: string }> = [];
  for (let i = 0; i < count; i++) {
    const badge = locator.nth(i);
    out.push({
      orderId: (await badge.getAttribute('data-scc-removal-order')) ?? '',
      eligibility: (await badge.getAttribute('data-scc-cancel-eligibility')) ?? '',
    });
  }
  return out;
}

const byOrder = (list: ReadonlyArray<{ orderId: string; eligibility: string }>) =>
  [...new Map(list.map((item) => [item.orderId, item.eligibility]))].map(([orderId, eligibility]) => ({
    orderId,
    eligibility,
  }));

/** The accessible description Chromium computes for the first button with this name. */
async function describedAs(page: Page, name: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', {
    nodeId: root.nodeId,
    accessibleName: name,
    role: 'button',
  });
  await cdp.detach();
  return nodes[0]?.description?.value as string | undefined;
}

async function openFixture(entry: FixtureEntry): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(entry.url);
  if (entry.orders.length > 0)
    await expect.poll(() => page.locator(BADGE).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  else await page.waitForTimeout(1500);
  return page;
}

describe('badges on every removal fixture', () => {
  for (const entry of MANIFEST) {
    it(`${entry.file}: one badge per order row, with the contract attributes`, async () => {
      const page = await openFixture(entry);
      // Give late mutations a chance to add duplicates, if any would come.
      await page.waitForTimeout(400);
      const found = await badges(page);
      const sorted = (list: ReadonlyArray<{ orderId: string; eligibility: string }>) =>
        [...list].sort((a, b) => a.orderId.localeCompare(b.orderId));
      expect(sorted(byOrder(found))).toEqual(sorted(entry.orders));
      // Never two badges in one place.
      const anchors = await page
        .locator(BADGE)
        .evaluateAll((elements) => new Set(elements.map((element) => element.parentNode)).size);
      expect(anchors).toBe(found.length);
      await screenshot(page, `removal-fixture-${entry.file.replace(/\.html$/, '')}`);
      await page.close();
    });
  }
});

const entryFor = (file: string) => {
  const entry = MANIFEST.find((e) => e.file === file);
  if (!entry) throw new Error(`no fixture ${file}`);
  return entry;
};

/** Where a page's tables and their columns sit: what a badge must never move. */
async function tableLayout(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { x: Math.round(rect.x), width: Math.round(rect.width) };
    };
    return {
      pageWidth: document.documentElement.scrollWidth,
      tables: [...document.querySelectorAll('table')].map((table) => ({
        table: box(table),
        columns: [...(table.rows[0]?.cells ?? [])].map(box),
      })),
    };
  });
}

describe('badges and the page layout', () => {
  const withTables = MANIFEST.filter((entry) =>
    readFileSync(join(FIXTURE_DIR, 'removal', entry.file), 'utf8').includes('<table'),
  );

  for (const entry of withTables.filter((e) => e.orders.length > 0)) {
    it(`${entry.file}: the tables keep their width and every column its place`, async () => {
      // The same page where the extension does not run (no Seller Central host) is the control.
      const control = `https://layout-control.example${new URL(entry.url).pathname}`;
      await browser.serveFixture(control, `removal/${entry.file}`);
      for (const width of [1280, 1024]) {
        const plain = await browser.context.newPage();
        await plain.setViewportSize({ width, height: 800 });
        await plain.goto(control);
        const before = await tableLayout(plain);
        await plain.close();

        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.goto(entry.url);
        await expect.poll(() => page.locator(BADGE).count(), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(await tableLayout(page)).toEqual(before);
        await page.close();
      }
    });
  }
});

describe('the badge explains itself', () => {
  it('a keyboard user gets the reason and the way to cancel, with the order ID', async () => {
    const page = await openFixture(entryFor('report-en.html'));
    const badge = page.locator('[data-scc-removal-order="RMV-251101-A"]');
    await page.keyboard.press('Tab');
    await badge.focus();
    const tip = badge.locator('[role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await badge.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    const text = (await tip.locator('.tip').textContent()) ?? '';
    expect(text).toContain('Manage Orders');
    expect(text).toContain('Advanced search');
    expect(text).toContain('RMV-251101-A');
    expect(text).toContain('Cancel this order');
    expect(await describedAs(page, 'Can cancel')).toMatch(/^This order is still being planned.*RMV-251101-A/);
    expect(await axeViolations(page, 'scc-removal-badge')).toEqual([]);
    await screenshot(page, 'removal-report-en-badges');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('a Processing order carries the caveat; a completed one no steps', async () => {
    const page = await openFixture(entryFor('report-en.html'));
    const processing = page.locator('[data-scc-removal-order="RMV-251028-C"]');
    await processing.hover();
    await expect.poll(() => processing.locator('[role="tooltip"]').isVisible()).toBe(true);
    expect(await processing.locator('.caveat').textContent()).toMatch(/come back later/i);
    const completed = page.locator('[data-scc-removal-order="RMV-251010-E"]');
    await completed.hover();
    await expect.poll(() => completed.locator('[role="tooltip"]').isVisible()).toBe(true);
    expect(await processing.locator('[role="tooltip"]').isVisible()).toBe(false);
    expect(await completed.locator('ol').count()).toBe(0);
    expect(await completed.locator('.tip').textContent()).toMatch(/completed/i);
    await screenshot(page, 'removal-report-en-tooltip-completed');
    await page.close();
  });

  it('badges rows that arrive later and follows a status changed in place, never twice', async () => {
    const page = await openFixture(entryFor('report-en.html'));
    await page.evaluate(() => {
      const body = document.querySelector('#report-preview tbody') as HTMLTableSectionElement;
      const template = body.rows[0] as HTMLTableRowElement;
      for (const [id, status] of [
        ['RMV-NEW-1', 'Pending'],
        ['RMV-NEW-2', 'Completed'],
      ]) {
        const row = template.cloneNode(true) as HTMLTableRowElement;
        row.querySelector('scc-removal-badge')?.remove();
        (row.cells[1] as HTMLTableCellElement).textContent = id as string;
        (row.cells[3] as HTMLTableCellElement).textContent = status as string;
        body.append(row);
      }
    });
    await expect.poll(() => page.locator('[data-scc-removal-order^="RMV-NEW"]').count()).toBe(2);
    expect(await page.locator('[data-scc-removal-order="RMV-NEW-2"]').getAttribute('data-scc-cancel-eligibility')).toBe(
      'not-cancellable',
    );
    // The page rewrites a status cell: the badge follows, and there is still one per row.
    await page.evaluate(() => {
      const cell = document.querySelector('[data-scc-removal-order="RMV-251101-A"]')?.parentElement;
      if (cell?.firstChild) cell.firstChild.textContent = 'Cancelled';
    });
    await expect
      .poll(() => page.locator('[data-scc-removal-order="RMV-251101-A"]').getAttribute('data-scc-cancel-eligibility'))
      .toBe('not-cancellable');
    await page.evaluate(() => document.body.classList.add('scc-test-class-change'));
    await page.waitForTimeout(300);
    expect(await page.locator('[data-scc-removal-order="RMV-251101-A"]').count()).toBe(1);
    expect(await page.locator(BADGE).count()).toBe(12);
    await page.close();
  });
});

describe('a big Manage Orders page', () => {
  const URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=7';
  const ROWS = 600;
  const LATE_ORDER = 'RMV-ROW-450';

  /** 600 customer orders, one removal order far below the first screens. */
  function bigOrdersPage(): string {
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const id = i === 450 ? LATE_ORDER : `114-${String(1_000_000 + i)}-${String(2_000_000 + i)}`;
      const status = i === 450 ? 'Pending' : 'Shipped';
      return `<tr><td>2025-11-01</td><td><a href="#">${id}</a></td><td>Widget ${i}</td><td>${status}</td></tr>`;
    });
    return `<!doctype html><html lang="en"><head><title>Manage Orders</title></head><body>
      <h1>Manage Orders</h1><table><thead><tr><th>Order date</th><th>Order ID</th><th>Product</th><th>Order status</th></tr></thead>
      <tbody>${rows.join('')}</tbody></table></body></html>`;
  }

  it('reads the rows on screen first and a removal order far below once it comes near', async () => {
    await browser.serve(URL, bigOrdersPage());
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(URL);
    // The script ran (it reads at idle) but left the late row alone.
    await page.waitForTimeout(1500);
    expect(await page.locator(BADGE).count()).toBe(0);
    await page.locator(`text=${LATE_ORDER}`).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`[data-scc-removal-order="${LATE_ORDER}"]`).count()).toBe(1);
    expect(await page.locator(BADGE).getAttribute('data-scc-cancel-eligibility')).toBe('cancellable');
    await page.close();
  });

  it('loads no removal script for customer orders, and loads it once a removal order is added', async () => {
    const url = 'https://sellercentral.amazon.com/orders-v3/fba/all?page=2';
    await browser.serve(
      url,
      bigOrdersPage().replace(`<a href="#">${LATE_ORDER}</a>`, '<a href="#">114-7000450-8000450</a>'),
    );
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (event) => scripts.push(event.url));
    await cdp.send('Debugger.enable');
    await page.goto(url);
    await page.waitForTimeout(1500);
    await page.keyboard.press('End');
    await page.waitForTimeout(1000);
    expect(scripts.some((script) => script.endsWith('/content-scripts/seller-central.js'))).toBe(true);
    expect(scripts.filter((script) => script.includes('removal-orders'))).toEqual([]);
    await page.evaluate(() => {
      const row = document.querySelector('tbody tr')?.cloneNode(true) as HTMLTableRowElement;
      (row.cells[1] as HTMLTableCellElement).innerHTML = '<a href="#">RMV-ADDED-1</a>';
      (row.cells[3] as HTMLTableCellElement).textContent = 'Pending';
      document.querySelector('tbody')?.append(row);
    });
    await expect.poll(() => page.locator('[data-scc-removal-order="RMV-ADDED-1"]').count()).toBe(1);
    expect(scripts.filter((script) => script.endsWith('/content-scripts/removal-orders.js'))).toHaveLength(1);
    await page.close();
  });
});

describe('the create page', () => {
  it('shows the rules that bite in a panel the seller can hide', async () => {
    const page = await openFixture(entryFor('create-en.html'));
    const panel = page.locator('scc-removal-rules');
    await expect.poll(() => panel.locator('li').count(), { timeout: 10_000 }).toBe(7);
    const text = (await panel.locator('[role="region"]').textContent()) ?? '';
    expect(text).toMatch(/Return ships the units/);
    expect(text).toMatch(/another fulfillment center/);
    expect(text).toMatch(/separate removal order for each page/);
    expect(text).toMatch(/file upload/);
    expect(text).toMatch(/need it to track/);
    expect(text).toMatch(/every unit removed/);
    expect(await panel.locator('[role="region"]').getAttribute('aria-label')).toMatch(/rules for removal orders/);
    expect(await axeViolations(page, 'scc-removal-rules')).toEqual([]);
    await screenshot(page, 'removal-create-rules');
    await panel.locator('button').click();
    await expect.poll(() => page.locator('scc-removal-rules').count()).toBe(0);
    await page.close();
  });
});

const RANK: Record<string, number> = { cancellable: 0, 'cancellable-unconfirmed': 1, unknown: 2, 'not-cancellable': 3 };
const ranks = (values: ReadonlyArray<string | null>) => values.map((value) => RANK[value ?? ''] ?? 9);
const isAttentionOrder = (values: ReadonlyArray<string | null>) =>
  ranks(values).every((rank, index, all) => index === 0 || (all[index - 1] as number) <= rank);

describe('the popup Removal orders tab', () => {
  it('lists the orders pages showed, per marketplace, cancellable first, with their status history', async () => {
    await expect
      .poll(
        async () =>
          Object.keys(await browser.storage('local'))
            .filter((key) => key.startsWith('removal:seen:'))
            .sort(),
        {
          timeout: 10_000,
        },
      )
      .toEqual(expect.arrayContaining(['removal:seen:DE', 'removal:seen:GB', 'removal:seen:SE', 'removal:seen:US']));
    const popup = await openPopup(browser, 'Removal orders');
    const market = popup.locator('#removal-seen-market');
    expect(
      await market
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).sort()),
    ).toEqual(['DE', 'GB', 'SE', 'US']);
    await market.selectOption('US');
    await popup.getByRole('button', { name: /^Show all \d+$/ }).click();
    const us = popup.locator('[data-marketplace="US"] [data-testid="removal-seen-order"]');
    await expect.poll(() => us.count()).toBeGreaterThanOrEqual(15);
    const eligibilities = await us.evaluateAll((items) => items.map((item) => item.getAttribute('data-eligibility')));
    expect(isAttentionOrder(eligibilities)).toBe(true);
    expect(eligibilities[0]).toBe('cancellable');
    // No customer order from Manage Orders is listed.
    expect(await popup.locator('[data-order-id="113-4567890-1234567"]').count()).toBe(0);
    // The status changed in place on the report page: both statuses are in its history.
    const changed = popup.locator('[data-testid="removal-seen-order"][data-order-id="RMV-251101-A"]');
    expect(await changed.getAttribute('data-eligibility')).toBe('not-cancellable');
    await changed.locator('summary').click();
    expect(await changed.locator('.removal-history li').allTextContents()).toEqual([
      expect.stringMatching(/^Planning · /),
      expect.stringMatching(/^Cancelled · /),
    ]);
    await screenshot(popup, 'removal-popup-seen');
    await market.selectOption('SE');
    const swedish = popup.locator('[data-marketplace="SE"] [data-testid="removal-seen-order"]');
    await expect.poll(() => swedish.count()).toBe(5);
    await popup.close();
  });

  it('answers the quick check in any language, with the reason', async () => {
    const popup = await openPopup(browser, 'Removal orders');
    const input = popup.locator('#removal-check-status');
    await input.fill('Väntande');
    const verdict = popup.locator('[data-testid="removal-verdict"] .card');
    expect(await verdict.getAttribute('data-eligibility')).toBe('cancellable');
    expect(await verdict.textContent()).toMatch(/Swedish/);
    await input.fill('In Process');
    expect(await verdict.getAttribute('data-eligibility')).toBe('cancellable-unconfirmed');
    await input.fill('Pending');
    await popup.getByLabel(/Amazon started this removal/).check();
    expect(await verdict.getAttribute('data-eligibility')).toBe('not-cancellable');
    expect(await verdict.textContent()).toMatch(/Amazon started this removal itself/);
    await popup.getByLabel(/Amazon started this removal/).uncheck();
    await input.fill('Quarantined');
    expect(await verdict.getAttribute('data-eligibility')).toBe('unknown');
    expect(await verdict.textContent()).toMatch(/will not guess/);
    await popup.close();
  });

  it('imports a report through the file input and shows its orders, cancellable first and sortable', async () => {
    const popup = await openPopup(browser, 'Removal orders');
    await popup.locator('#removal-report-file').setInputFiles(join(REPORTS, 'removal-order-detail.txt'));
    const rows = popup.locator('[data-testid="removal-import-row"]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(7);
    expect(await popup.locator('[data-testid="removal-import-summary"]').textContent()).toMatch(
      /removal-order-detail\.txt: 7 orders from 8 rows/,
    );
    const eligibilities = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-eligibility')));
    expect(isAttentionOrder(eligibilities)).toBe(true);
    expect(await rows.first().getAttribute('data-order-id')).toMatch(/^RMV-2511/);
    await popup.locator('#removal-import-heading').scrollIntoViewIfNeeded();
    expect(await axeViolations(popup, '.removal-tab')).toEqual([]);
    await screenshot(popup, 'removal-popup-import');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup, '.removal-tab')).toEqual([]);
    await screenshot(popup, 'removal-popup-import-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
    const units = popup.getByTestId('removal-import-table').getByRole('columnheader', { name: 'Units' });
    await units.getByRole('button').click();
    expect(await units.getAttribute('aria-sort')).toBe('descending');
    // Requested units: 30 (RMV-251028-C) is the largest order. The rows are drawn in the render after the header's.
    await expect.poll(() => rows.first().getAttribute('data-order-id')).toBe('RMV-251028-C');
    await popup.close();
  });

  it('shows what the report holds, and narrows the list by search, by filter and from a total', async () => {
    const popup = await openPopup(browser, 'Removal orders');
    const file = join(REPORTS, 'removal-order-detail.txt');
    await popup.locator('#removal-report-file').setInputFiles(file);
    const totals = popup.getByTestId('removal-totals');
    await totals.waitFor({ timeout: 10_000 });
    const parsed = await parseRemovalReport(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error('the fixture report must parse');
    const counts = (group: string) =>
      totals
        .locator(`table[data-group="${group}"] [data-testid="removal-totals-row"]`)
        .evaluateAll((rows) =>
          Object.fromEntries(rows.map((row) => [row.getAttribute('data-key'), row.getAttribute('data-orders')])),
        );
    expect(await counts('eligibility')).toEqual(
      Object.fromEntries(reportTotals(parsed.orders).eligibility.map((row) => [row.key, String(row.orders)])),
    );
    // Orders being processed come first: RMV-251028-C (Processing) and RMV-251027-D (In Process).
    const recheck = popup.getByTestId('removal-recheck');
    expect(await recheck.getAttribute('data-count')).toBe('2');
    expect(await recheck.textContent()).toMatch(/^2 orders are being processed: a cancel may still reach them/);
    // Read off the fixture by hand: one Disposal order; Sellable lines in six orders, Unsellable in two.
    expect(await counts('order-type')).toEqual({ Return: '6', Disposal: '1' });
    expect(await counts('disposition')).toEqual({ Sellable: '6', Unsellable: '2' });

    const scroll = popup.locator('[data-testid="removal-import-scroll"][aria-busy="false"]');
    const ids = async () => {
      await scroll.waitFor();
      return popup
        .locator('[data-testid="removal-import-row"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-order-id')).sort());
    };
    const matching = popup.getByTestId('removal-matching');
    await popup.getByTestId('removal-search').fill('tea-grn');
    await expect.poll(ids).toEqual(['RMV-251102-B']);
    expect(await matching.textContent()).toBe('1 of 7 orders match.');
    await popup.getByTestId('removal-clear-filters').click();
    await expect.poll(ids).toEqual(parsed.orders.map((order) => order.orderId).sort());
    expect(await matching.count()).toBe(0);

    await recheck.getByRole('button', { name: 'Show them' }).click();
    await expect.poll(ids).toEqual(['RMV-251027-D', 'RMV-251028-C']);
    expect(await popup.getByTestId('removal-filter-eligibility').inputValue()).toBe('cancellable-unconfirmed');
    await popup.getByTestId('removal-clear-filters').click();
    await totals.locator('table[data-group="order-type"] [data-key="Disposal"] button').click();
    await expect.poll(ids).toEqual(['RMV-251027-D']);
    expect(await popup.getByTestId('removal-filter-order-type').inputValue()).toBe('Disposal');
    await popup.getByTestId('removal-clear-filters').click();
    await popup.getByTestId('removal-filter-eligibility').selectOption('not-cancellable');
    const notCancellable = parsed.orders.filter((order) => order.eligibility === 'not-cancellable');
    expect(notCancellable.length).toBeGreaterThan(0);
    await expect.poll(ids).toEqual(notCancellable.map((order) => order.orderId).sort());
    await popup.getByTestId('removal-search').fill('no such order');
    await expect.poll(() => matching.getAttribute('data-matching')).toBe('0');
    expect(await matching.textContent()).toMatch(/^No order matches\./);
    expect(await ids()).toEqual([]);
    await popup.getByTestId('removal-clear-filters').click();
    await expect.poll(ids).toHaveLength(parsed.orders.length);

    // A row that can still be cancelled opens the exact way to do it, with its own order ID.
    const processing = popup.locator('[data-testid="removal-import-row"][data-order-id="RMV-251028-C"]');
    await processing.getByRole('button', { name: 'How to cancel' }).click();
    const steps = popup.getByTestId('removal-cancel-path');
    expect(await steps.locator('li').allTextContents()).toEqual([
      'Open Manage Orders and click Advanced search.',
      'Pick Order ID in the drop-down list, enter RMV-251028-C and click Search.',
      'Check that the Status column still reads Planning, Pending or Processing.',
      'Under Action, click Cancel this order.',
    ]);
    expect(await steps.textContent()).toMatch(/Processing may already have begun/);
    expect(await processing.getByRole('button', { name: 'How to cancel' }).getAttribute('aria-expanded')).toBe('true');
    // Orders past cancelling offer no steps.
    const completed = popup.locator('[data-testid="removal-import-row"][data-order-id="RMV-251010-E"]');
    expect(await completed.getByRole('button', { name: 'How to cancel' }).count()).toBe(0);

    expect(await axeViolations(popup, '.removal-tab')).toEqual([]);
    await screenshot(popup, 'removal-popup-cancel-steps');
    await totals.scrollIntoViewIfNeeded();
    await screenshot(popup, 'removal-popup-totals');
    await popup.close();
  });

  it('counts, lists and skips garbage rows', async () => {
    const popup = await openPopup(browser, 'Removal orders');
    await popup.locator('#removal-report-file').setInputFiles(join(REPORTS, 'removal-order-detail-garbage.txt'));
    const garbage = popup.locator('[data-testid="removal-import-garbage"]');
    await expect.poll(() => garbage.count(), { timeout: 10_000 }).toBe(1);
    const count = Number(await garbage.getAttribute('data-count'));
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await garbage.locator('li').count()).toBe(count);
    expect(await garbage.locator('li').first().textContent()).toMatch(/^Line \d+: /);
    await expect.poll(() => popup.locator('[data-testid="removal-import-row"]').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('names the missing columns of a file that is not the report, and refuses a spreadsheet', async () => {
    const popup = await openPopup(browser, 'Removal orders');
    const file = popup.locator('#removal-report-file');
    await file.setInputFiles(join(REPORTS, 'removal-shipment-detail.txt'));
    const error = popup.locator('[data-testid="removal-import-error"]');
    await expect
      .poll(() => error.textContent(), { timeout: 10_000 })
      .toBe('The file is missing these columns: order-status.');
    await file.setInputFiles(join(REPORTS, 'removal-order-detail.xlsx'));
    await expect.poll(() => error.getAttribute('data-error')).toBe('wrong-type');
    expect(await error.textContent()).toMatch(/Excel/);
    expect(await popup.locator('[data-testid="removal-import-row"]').count()).toBe(0);
    await popup.close();
  });

  it('adds a disposal deadline, lists it with the days left, and plans the reminders', async () => {
    const popup = await openPopup(browser, 'Removal orders');
    const since = new Date(Date.now() - 25 * 86_400_000);
    const date = `${since.getFullYear()}-${String(since.getMonth() + 1).padStart(2, '0')}-${String(since.getDate()).padStart(2, '0')}`;
    await popup.locator('#removal-since').fill(date);
    await popup.locator('#removal-reason').selectOption('recalled');
    await popup.locator('#removal-units').fill('14');
    await popup.locator('#removal-sku').fill('NW-LAMP-RECALL');
    await popup.locator('#removal-note').fill('Supplier recall R-77');
    await popup.getByRole('button', { name: 'Add deadline' }).click();
    const item = popup.locator('[data-testid="removal-deadline"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.getAttribute('data-days-left')).toBe('5');
    expect(await item.textContent()).toMatch(
      /NW-LAMP-RECALL.*14 units · Recalled.*Disposal on .*5 days left.*Supplier recall R-77/,
    );
    // The 7-day reminder is already due; the 3- and 1-day reminders wait as alarms.
    await expect
      .poll(async () =>
        (await browser.worker.evaluate(() => chrome.alarms.getAll()))
          .map((alarm: { name: string }) => alarm.name)
          .filter((name: string) => name.startsWith('removal-disposal:'))
          .map((name: string) => name.split(':').at(-1))
          .sort(),
      )
      .toEqual(['1', '3']);
    await expect
      .poll(async () => Object.values((await browser.storage('local'))['removal:disposal-fired'] ?? {}))
      .toEqual([[7]]);
    await item.getByRole('button', { name: 'Removal requested' }).click();
    await expect.poll(() => item.textContent()).toMatch(/Dealt with/);
    await expect
      .poll(
        async () =>
          (await browser.worker.evaluate(() => chrome.alarms.getAll())).filter((alarm: { name: string }) =>
            alarm.name.startsWith('removal-disposal:'),
          ).length,
      )
      .toBe(0);
    expect(await axeViolations(popup, '.removal-tab')).toEqual([]);
    await screenshot(popup, 'removal-popup-deadlines');
    await popup.close();
  });

  it("hands a report row's unsellable units to the deadline form, which asks only for the date", async () => {
    const popup = await openPopup(browser, 'Removal orders');
    await popup.locator('#removal-report-file').setInputFiles(join(REPORTS, 'removal-order-detail.txt'));
    await popup.locator('[data-testid="removal-import-scroll"][aria-busy="false"]').waitFor({ timeout: 10_000 });
    const offered = await popup
      .locator('[data-testid="removal-import-row"]:has([data-testid="removal-track-disposal"])')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-order-id')).sort());
    // Unsellable lines in open orders only (RMV-251027-D is In Process, still in the warehouse).
    expect(offered).toEqual(['RMV-251027-D', 'RMV-251102-B']);
    await popup
      .locator('[data-testid="removal-import-row"][data-order-id="RMV-251102-B"]')
      .getByRole('button', { name: 'Track the 30-day deadline' })
      .click();
    const since = popup.locator('#removal-since');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('removal-since');
    expect(await popup.locator('#removal-units').inputValue()).toBe('6');
    expect(await popup.locator('#removal-sku').inputValue()).toBe('NW-MUG-RED, NW-TEA-GRN');
    expect(await popup.locator('#removal-note').inputValue()).toBe('Removal order RMV-251102-B');
    expect(await popup.locator('#removal-reason').inputValue()).toBe('unsellable');
    expect(await popup.locator('#removal-since-hint').textContent()).toMatch(
      /^Filled in from removal order RMV-251102-B\. Now set the date these units became unsellable/,
    );
    expect(await since.getAttribute('aria-describedby')).toBe('removal-since-hint');
    await screenshot(popup, 'removal-popup-track-disposal');
    await since.fill('2026-11-20');
    await popup.getByRole('button', { name: 'Add deadline' }).click();
    const item = popup.locator('[data-testid="removal-deadline"]', { hasText: 'Removal order RMV-251102-B' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.getAttribute('data-deadline')).toBe('2026-12-20');
    expect(await item.textContent()).toMatch(/NW-MUG-RED, NW-TEA-GRN.*6 units · Unsellable/);
    expect(await popup.locator('#removal-since-hint').count()).toBe(0);
    await popup.close();
  });
});

declare const chrome: { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } };

describe('in the seller’s UI language', () => {
  it('with the language on "auto", badges speak the page’s language: German on a German page in an English browser', async () => {
    await setUiLanguage(browser, 'auto');
    const detail = await openFixture(entryFor('detail-de.html'));
    const badge = detail.locator('[data-scc-removal-order="DE-RM-2190"]');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('Stornierung evtl. zu spät');
    await detail.close();
  });

  it('badges and rules speak German when the extension is set to German', async () => {
    await setUiLanguage(browser, 'de');
    const detail = await openFixture(entryFor('detail-de.html'));
    const badge = detail.locator('[data-scc-removal-order="DE-RM-2190"]');
    expect(await badge.textContent()).toBe('Stornierung evtl. zu spät');
    await badge.hover();
    expect(await badge.locator('.caveat').textContent()).toMatch(/Bearbeitung kann schon begonnen haben/);
    await detail.close();
    const create = await openFixture(entryFor('create-en.html'));
    const title = create.locator('scc-removal-rules h2');
    await expect
      .poll(() => title.textContent(), { timeout: 10_000 })
      .toBe('Bevor Sie diesen Remissionsauftrag aufgeben');
    await create.close();
  });
});

// Last: reloading the report page reports its orders' first statuses again, which the popup test reads.
describe('single-page navigation', () => {
  /** Seller Central's apps change the URL without a reload; WXT's location watcher tells the content script. */
  const go = (page: Page, path: string) => page.evaluate((to) => history.pushState({}, '', to), path);
  const addRow = (page: Page, id: string) =>
    page.evaluate((orderId) => {
      const body = document.querySelector('#report-preview tbody') as HTMLTableSectionElement;
      const row = body.rows[0]?.cloneNode(true) as HTMLTableRowElement;
      row.querySelector('scc-removal-badge')?.remove();
      (row.cells[1] as HTMLTableCellElement).textContent = orderId;
      (row.cells[3] as HTMLTableCellElement).textContent = 'Pending';
      body.append(row);
    }, id);

  it('shows the rules on the create page only, and badges only while the page is a removal page', async () => {
    const page = await openFixture(entryFor('report-en.html'));
    const panel = page.locator('scc-removal-rules');
    expect(await panel.count()).toBe(0);

    await go(page, '/recoveryui/removal-order/create');
    await expect.poll(() => panel.count(), { timeout: 5000 }).toBe(1);

    await go(page, '/home');
    await expect.poll(() => panel.count(), { timeout: 5000 }).toBe(0);
    await addRow(page, 'RMV-AWAY-1');
    // A re-render that removes something would bring the panel back on the create page; not here.
    await page.evaluate(() => document.querySelector('#report-preview tbody tr:last-child')?.remove());
    await addRow(page, 'RMV-AWAY-2');
    await page.waitForTimeout(600);
    expect(await page.locator('[data-scc-removal-order^="RMV-AWAY"]').count()).toBe(0);
    expect(await panel.count()).toBe(0);

    await go(page, '/recoveryui/removal-order/create');
    await expect.poll(() => panel.count(), { timeout: 5000 }).toBe(1);
    // Back on a removal page the document is read again: the row added while away gets its badge.
    await expect.poll(() => page.locator('[data-scc-removal-order="RMV-AWAY-2"]').count()).toBe(1);

    // Hidden by the seller, the panel stays hidden for the page's life, across navigations.
    await panel.locator('button').click();
    await expect.poll(() => panel.count()).toBe(0);
    await go(page, '/reportcentral/REMOVAL_ORDER_DETAIL/1');
    await go(page, '/recoveryui/removal-order/create');
    await page.waitForTimeout(1500);
    expect(await panel.count()).toBe(0);
    await page.close();
  });
});
