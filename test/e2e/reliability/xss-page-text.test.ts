/**
 * The XSS payload corpus as text on Seller Central pages, the way Amazon's pages would show
 * what a seller or a buyer wrote: in an account alert (and a Katal header attribute), as a
 * case's subject and status, and in removal order tables (order ID, status, SKU and type
 * cells). The extension reads all of it; nothing may run or become markup on the page or in
 * the popup, and the page text the popup shows must be shown as text.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { openPopup } from '../../support/ui';
import { readArea } from './support/extension';
import { bannerPage, casePage, removalReportPage } from './support/pages';
import { loadPayloads } from './support/payloads';
import { Tripwire } from './support/tripwire';
import { runXssPaths, XssPath } from './support/xss-path';

const recorder = reliabilityRecorder('xss-page-text');
const PAYLOADS = loadPayloads();
let browser: ExtensionBrowser;
let tripwire: Tripwire;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  tripwire = await Tripwire.install(browser.context);
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

const path = (name: string) => new XssPath(name, tripwire);

describe('page text paths', () => {
  it('account alert text and a Katal header attribute, changed in place on a page with the overlay', async () => {
    const alert = path('account alert text and header attribute (Seller Central page, overlay)');
    await runXssPaths(recorder, [alert], async () => {
      const url = 'https://sellercentral.amazon.co.uk/orders-v3?xss-banner';
      await browser.serve(url, bannerPage('Your account is on hold.'));
      const page = await browser.context.newPage();
      await page.goto(url);
      const overlay = page.locator('[data-scc-account-state]');
      await expect.poll(() => overlay.getAttribute('data-scc-account-state'), { timeout: 10_000 }).toBe('on-hold');
      for (const payload of PAYLOADS) {
        // The page sets its own alert's text and a Katal alert's header, as text, like Seller Central's scripts.
        await page.evaluate((text) => {
          const banner = document.getElementById('banner') as HTMLElement;
          banner.textContent = `Your account is on hold. ${text}`;
          let katal = document.querySelector('kat-alert');
          if (!katal) {
            katal = document.createElement('kat-alert');
            document.querySelector('main')?.append(katal);
          }
          katal.setAttribute('header', text);
          katal.setAttribute('description', `Funds are on hold: ${text}`);
        }, payload.text);
        alert.tried(payload);
        await page.waitForTimeout(60);
        if ((await page.locator('#banner').textContent()) !== `Your account is on hold. ${payload.text}`)
          alert.misshown(payload, 'the page text changed');
        await alert.check(page);
      }
      await page.waitForTimeout(300);
      expect(await overlay.getAttribute('data-scc-account-state')).toBe('on-hold');
      expect(await page.locator('scc-account-state').count()).toBe(1);
      await alert.check(page);
      await page.close();
    });
  }, 120_000);

  it('case page subject and status: saved from the page, listed in the popup', async () => {
    const casePath = path('case page subject and status (Seller Central page, save control, popup)');
    await runXssPaths(recorder, [casePath], async () => {
      const idOf = (payloadId: number) => String(34_000_000_000 + payloadId);
      const text = new Map(PAYLOADS.map((payload) => [idOf(payload.id), payload.text]));
      await browser.context.route(/view-case\?caseID=34\d{9}$/, (route: Route) => {
        const id = new URL(route.request().url()).searchParams.get('caseID') ?? '';
        const body = text.get(id) ?? '';
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: casePage(id, body, body) });
      });
      const page = await browser.context.newPage();
      for (const payload of PAYLOADS) {
        const id = idOf(payload.id);
        await page.goto(`https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=${id}`);
        const control = page.locator(`[data-scc-case-id="${id}"]`);
        await control.waitFor({ state: 'attached', timeout: 10_000 });
        await control.click();
        await expect.poll(() => control.getAttribute('data-scc-case-saved')).toBe('true');
        casePath.tried(payload);
        // The HTML parser drops NUL characters from page text; the rest must be as the page wrote it.
        if ((await page.locator('h2').textContent()) !== payload.text.replaceAll('\u0000', ''))
          casePath.misshown(payload, 'the page subject changed');
        if ((await control.getByRole('button').textContent()) !== 'Case saved')
          casePath.misshown(payload, 'the save control shows other text');
        await casePath.check(page);
      }
      await page.close();
      const popup = await openPopup(browser, 'Cases');
      // The list draws a screenful first and the rest of its first 50 at idle; more cases than
      // that (earlier tests save some) wait behind "Show N more". Which fall behind it depends on
      // the saves' timestamps, so every row is drawn before any is looked for.
      const more = popup.getByRole('button', { name: /^Show \d+ more$/ });
      if ((await more.count()) > 0) await more.click();
      await expect
        .poll(() => popup.locator('[data-case-id]').count(), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(PAYLOADS.length);
      for (const payload of PAYLOADS) {
        const row = popup.locator(`[data-case-id="${idOf(payload.id)}"]`);
        if ((await row.count()) !== 1) casePath.misshown(payload, 'not listed in the popup');
      }
      await casePath.check(popup);
      await popup.close();
    });
  }, 180_000);

  it('removal table cells: badges and tooltips on the page, statuses in the popup', async () => {
    const table = path('removal table order IDs, statuses, SKUs and types (Seller Central page, badges, popup)');
    await runXssPaths(recorder, [table], async () => {
      const url = 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/9';
      const rows = PAYLOADS.flatMap((payload) => [
        { orderCell: `RMV-XSS-${payload.id} ${payload.text}`, status: payload.text, sku: payload.text },
        { orderCell: `RMV-XSP-${payload.id}`, status: 'Pending', sku: payload.text, orderType: payload.text },
      ]);
      await browser.serve(url, removalReportPage(rows));
      const page = await browser.context.newPage();
      await page.goto(url);
      await expect.poll(() => page.locator('[data-scc-removal-order]').count(), { timeout: 10_000 }).toBe(rows.length);
      for (const payload of PAYLOADS) {
        table.tried(payload);
        for (const prefix of ['RMV-XSS', 'RMV-XSP']) {
          const badge = page.locator(`[data-scc-removal-order="${prefix}-${payload.id}"]`);
          if ((await badge.count()) !== 1) {
            table.misshown(payload, `no single badge for ${prefix}-${payload.id}`);
            continue;
          }
          // The tooltip, built on first use, explains the verdict in the extension's own words.
          await badge.focus();
          const tip = badge.locator('[role="tooltip"]');
          await expect.poll(() => tip.isVisible()).toBe(true);
          if (((await tip.locator('.tip').textContent()) ?? '').trim() === '')
            table.misshown(payload, 'the tooltip is empty');
        }
        await table.check(page);
      }
      await page.close();

      // Statuses the page showed are listed in the popup as the page wrote them (spaces folded, 80 characters at most).
      const popup = await openPopup(browser, 'Removal orders');
      const seen = async () =>
        (await readArea(popup, 'local'))['removal:seen:US'] as
          | { orders: Array<{ orderId: string; statusText: string; status: string | null }> }
          | undefined;
      const reported = await expect
        .poll(async () => (await seen())?.orders.length ?? 0, { timeout: 5_000 })
        .toBeGreaterThan(0)
        .then(() => true)
        .catch(() => false);
      if (!reported) {
        table.misshown(PAYLOADS[0] as (typeof PAYLOADS)[number], 'none of the page’s orders reached the popup');
        await popup.close();
        return;
      }
      const market = popup.locator('#removal-seen-market');
      if ((await market.count()) > 0) await market.selectOption('US');
      await popup.getByRole('button', { name: /^Show all \d+$/ }).click();
      const stored = (await seen()) ?? { orders: [] };
      const listed = await popup.locator('[data-testid="removal-seen-order"]').evaluateAll((items) =>
        items.map((item) => ({
          orderId: item.getAttribute('data-order-id') ?? '',
          meta: item.querySelector('.removal-meta')?.textContent ?? '',
        })),
      );
      for (const payload of PAYLOADS) {
        const order = stored.orders.find((o) => o.orderId === `RMV-XSS-${payload.id}`);
        const shown = listed.find((item) => item.orderId === `RMV-XSS-${payload.id}`);
        if (!order || !shown) {
          table.misshown(payload, 'the order is not in the popup');
          continue;
        }
        const folded = payload.text.replaceAll('\u0000', '').replace(/\s+/g, ' ').trim();
        if (order.status === null && !folded.startsWith(order.statusText))
          table.misshown(payload, `stored status ${JSON.stringify(order.statusText)}`);
        if (order.status === null && !shown.meta.startsWith(order.statusText))
          table.misshown(payload, `popup shows ${JSON.stringify(shown.meta.slice(0, 100))}`);
      }
      await table.check(popup);
      await popup.close();
    });
  }, 180_000);
});
