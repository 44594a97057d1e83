import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser, readFixture } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';
import { setUiLanguage } from '../support/ui';

let browser: ExtensionBrowser;

const EN_STATES = [
  ['deactivated', 'https://sellercentral.amazon.com/performance/dashboard', 'deactivated-en-dashboard.html'],
  ['on-hold', 'https://sellercentral.amazon.co.uk/orders-v3?page=1', 'on-hold-en-orders.html'],
  [
    'under-review',
    'https://sellercentral.amazon.ca/myinventory/inventory?fulfilledBy=all',
    'under-review-en-inventory.html',
  ],
  ['at-risk', 'https://sellercentral-europe.amazon.com/recoveryui/removal-order/create', 'at-risk-en-removal.html'],
  ['verification-required', 'https://sellercentral.amazon.com.au/home', 'verification-required-en-home.html'],
] as const;
const SV_STATES = [
  ['deactivated', 'https://sellercentral.amazon.se/performance/notifications', 'deactivated-sv-notifications.html'],
  ['on-hold', 'https://sellercentral.amazon.se/payments/dashboard/index.html', 'on-hold-sv-payments.html'],
  [
    'under-review',
    'https://sellercentral.amazon.se/cu/case-dashboard/view-case?caseID=18765432109',
    'under-review-sv-case-view.html',
  ],
  ['at-risk', 'https://sellercentral.amazon.se/performance/dashboard', 'at-risk-sv-dashboard.html'],
  ['verification-required', 'https://sellercentral.amazon.se/orders-v3?page=1', 'verification-required-sv-orders.html'],
] as const;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  for (const [, url, file] of [...EN_STATES, ...SV_STATES]) await browser.serve(url, readFixture(`detect/${file}`));
  await browser.serve(ALERT_IN_CORNER_URL, ALERT_IN_CORNER);
});

afterAll(async () => {
  await browser?.close();
});

const overlay = (page: Page) => page.locator('[data-scc-account-state]');

/** A deactivation alert pinned to the bottom-right corner, where the card goes by default. */
const ALERT_IN_CORNER_URL = 'https://sellercentral.amazon.com/performance/account/health';
const ALERT_IN_CORNER = `<!doctype html><html lang="en"><title>Account Health</title><body><main>
<div role="alert" style="position:fixed;right:0;bottom:0;width:480px;height:200px">
Your Amazon seller account has been deactivated. <button>Appeal</button></div></main></body></html>`;

/**
 * Whether the card shows over Seller Central's alert right now: its box overlaps the alert's
 * and it is visible (before its first placement the card is laid out but hidden).
 */
async function cardOverAlert(page: Page): Promise<boolean> {
  const boxes = await page.evaluate(() => {
    const host = document.querySelector('[data-scc-account-state]');
    const alert = document.querySelector('kat-alert, [role="alert"], .a-alert');
    const section = host?.shadowRoot?.querySelector('section');
    const a = section?.getBoundingClientRect();
    const b = alert?.getBoundingClientRect();
    if (!section || !a || !b) return null;
    return {
      hidden: getComputedStyle(section).visibility === 'hidden',
      a: [a.left, a.top, a.right, a.bottom],
      b: [b.left, b.top, b.right, b.bottom],
    };
  });
  expect(boxes).not.toBeNull();
  const [al, at, ar, ab] = (boxes?.a ?? []) as number[];
  const [bl, bt, br, bb] = (boxes?.b ?? []) as number[];
  const overlap =
    (al as number) < (br as number) &&
    (bl as number) < (ar as number) &&
    (at as number) < (bb as number) &&
    (bt as number) < (ab as number);
  return overlap && !boxes?.hidden;
}

async function openWithOverlay(url: string, state: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await expect.poll(() => overlay(page).getAttribute('data-scc-account-state'), { timeout: 10_000 }).toBe(state);
  return page;
}

describe('overlay copy, in English and Swedish', () => {
  it.each(EN_STATES)('en %s: calm card with facts and three steps', async (state, url) => {
    const page = await openWithOverlay(url, state);
    const card = overlay(page).locator('section[role="region"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('ol > li').count()).toBe(3);
    expect(await card.locator('dt').allTextContents()).toEqual([
      'Selling',
      'Listings',
      'Funds',
      'FBA orders',
      'FBM orders',
    ]);
    await screenshot(page, `overlay-${state}-en`);
    await page.close();
  });

  it.each(SV_STATES)('sv %s: the card speaks Swedish when the UI language is Swedish', async (state, url) => {
    await setUiLanguage(browser, 'sv');
    const page = await openWithOverlay(url, state);
    const card = overlay(page).locator('section[role="region"]');
    await expect.poll(() => card.locator('h3').first().textContent()).not.toBe('What it means');
    expect(await card.getAttribute('aria-label')).not.toContain('account status');
    await screenshot(page, `overlay-${state}-sv`);
    await page.close();
    await setUiLanguage(browser, 'en');
  });
});

describe('overlay behaviour', () => {
  it('never covers the page’s own alert', async () => {
    const page = await openWithOverlay(EN_STATES[0][1], 'deactivated');
    // As soon as the attribute is there: either not placed yet (then hidden) or clear of the alert.
    expect(await cardOverAlert(page)).toBe(false);
    await expect.poll(() => overlay(page).getAttribute('data-scc-corner')).not.toBeNull();
    expect(await cardOverAlert(page)).toBe(false);
    expect(await overlay(page).locator('section').isVisible()).toBe(true);
    await page.close();
  });

  it('shows under the strictest page CSP: the content script’s module is the extension’s, not the page’s', async () => {
    // In Chromium the content script imports its code as a module (wxt.config.ts); a page whose
    // policy allows no script source and requires Trusted Types must not stop it.
    const url = 'https://sellercentral.amazon.com/performance/account/health?csp=strict';
    await browser.context.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy':
            "default-src 'none'; script-src 'none'; style-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
        },
        body: ALERT_IN_CORNER,
      }),
    );
    const page = await openWithOverlay(url, 'deactivated');
    await expect.poll(() => overlay(page).getAttribute('data-scc-corner')).not.toBeNull();
    expect(await overlay(page).locator('section').isVisible()).toBe(true);
    await page.close();
  });

  it('moves off the default corner when the alert sits there', async () => {
    const page = await openWithOverlay(ALERT_IN_CORNER_URL, 'deactivated');
    expect(await cardOverAlert(page)).toBe(false);
    await expect.poll(() => overlay(page).getAttribute('data-scc-corner')).not.toBeNull();
    expect(await overlay(page).getAttribute('data-scc-corner')).not.toBe('bottom-right');
    expect(await cardOverAlert(page)).toBe(false);
    expect(await overlay(page).locator('section').isVisible()).toBe(true);
    await page.close();
  });

  it('collapses and expands from the keyboard', async () => {
    const page = await openWithOverlay(EN_STATES[1][1], 'on-hold');
    const toggle = overlay(page).locator('button[aria-controls="scc-card-body"]');
    expect(await toggle.getAttribute('title')).toBe('Collapse');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay(page).locator('#scc-card-body').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay(page).locator('#scc-card-body').isVisible()).toBe(true);
    await page.close();
  });

  it('sets a badge for the tab and remembers the marketplace state for the popup', async () => {
    const page = await openWithOverlay(SV_STATES[1][1], 'on-hold');
    // The overlay shows before the worker has stored the state (an earlier test left SE deactivated).
    await expect
      .poll(async () => (await browser.storage('local'))['accountState:SE'])
      .toMatchObject({ marketplace: 'SE', state: 'on-hold' });
    const badge = await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://sellercentral.amazon.se/payments/*' });
      return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
    });
    expect(badge).toBe('HOLD');
    const popup = await browser.openPopup();
    const row = popup.locator('[data-testid="marketplace-states"] [data-scc-marketplace="SE"]');
    await expect.poll(() => row.getAttribute('data-scc-marketplace-state')).toBe('on-hold');
    expect(await row.textContent()).toMatch(/^Sweden \(SE\)on hold.*Last seen/);
    // The tab in front: where it is, how the account stands there in the notice's words, and what to do.
    expect(await popup.getByTestId('status-marketplace').textContent()).toBe('Sweden (SE)');
    expect(await popup.getByTestId('status-state').getAttribute('data-state')).toBe('on-hold');
    expect((await popup.getByTestId('status-quote').textContent())?.length).toBeGreaterThan(10);
    expect(await popup.getByTestId('status-next-step').textContent()).toBeTruthy();
    await row.getByRole('button', { name: 'Open the checklist' }).click();
    await expect.poll(() => popup.getByRole('tab', { name: 'Checklists' }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.locator('[data-checklist="hold"]').getAttribute('aria-current')).toBe('true');
    await popup.close();
    await page.close();
  });

  // Issue #13: review and verification cards offered "the on-hold checklist".
  it.each([
    [0, 'deactivated', 'Open the deactivation checklist', 'deactivated'],
    [2, 'under-review', 'Open the review checklist', 'review'],
    [4, 'verification-required', 'Open the verification checklist', 'verification'],
  ] as const)(
    'opens the matching checklist from the %s card, in the toolbar popup',
    async (index, state, button, checklist) => {
      const page = await openWithOverlay(EN_STATES[index][1], state);
      expect(await overlay(page).textContent()).not.toContain('on-hold checklist');
      await overlay(page).getByRole('button', { name: button }).click();
      // The toolbar popup is no Playwright page: read it from another extension page.
      const options = await browser.openOptions();
      const readPopup = () =>
        options.evaluate(() => {
          const view = chrome.extension.getViews({ type: 'popup' })[0];
          if (!view) return null;
          return {
            tab: view.document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? null,
            current: view.document.querySelector('[aria-current="true"]')?.getAttribute('data-checklist') ?? null,
          };
        });
      await expect.poll(readPopup, { timeout: 10_000 }).toEqual({ tab: 'Checklists', current: checklist });
      expect((await browser.storage('local')).popupIntent ?? null).toBeNull();
      await options.close();
      await page.close();
    },
  );

  it('lists every marketplace seen, worst first, a healthy one as healthy, each by name and code', async () => {
    const at = Date.now() - 60_000;
    const record = (marketplace: string, state: string | null) => ({
      marketplace,
      state,
      severity: state ? 'critical' : null,
      firstSeen: at,
      lastSeen: at,
      url: 'https://sellercentral.amazon.de/home',
    });
    await browser.setStorage('local', {
      'accountState:DE': record('DE', null),
      'accountState:JP': record('JP', 'deactivated'),
    });
    const popup = await browser.openPopup();
    const rows = popup.locator('[data-testid="marketplace-states"] [data-scc-marketplace]');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const seen = await rows.evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-scc-marketplace'), item.getAttribute('data-scc-marketplace-state')]),
    );
    expect(seen.findIndex(([code]) => code === 'JP')).toBeLessThan(seen.findIndex(([code]) => code === 'DE'));
    expect(seen).toContainEqual(['DE', 'healthy']);
    expect(seen).toContainEqual(['JP', 'deactivated']);
    const germany = popup.locator('[data-scc-marketplace="DE"]');
    expect(await germany.textContent()).toMatch(/^Germany \(DE\)healthyLast seen 1 minute agoHistory$/);
    // A healthy marketplace offers its history, and no checklist.
    expect(await germany.getByRole('button').allTextContents()).toEqual(['History']);
    await popup.close();
  });

  it('shows every marketplace of a list longer than the first screen, worst first', async () => {
    const at = Date.now() - 60_000;
    const codes = ['US', 'CA', 'MX', 'BR', 'GB', 'FR', 'IT', 'ES', 'NL', 'SE'];
    const keys = codes.map((code) => `accountState:${code}`);
    const record = (marketplace: string, i: number) => ({
      marketplace,
      state: marketplace === 'SE' ? 'on-hold' : null,
      severity: marketplace === 'SE' ? 'critical' : null,
      firstSeen: at - i * 60_000,
      lastSeen: at - i * 60_000,
      url: 'https://sellercentral.amazon.com/home',
    });
    await browser.setStorage(
      'local',
      Object.fromEntries(codes.map((code, i) => [`accountState:${code}`, record(code, i)])),
    );
    const popup = await browser.openPopup();
    const rows = popup.locator('[data-testid="marketplace-states"] [data-scc-marketplace]');
    const shown = () => rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-scc-marketplace')));
    // Every row arrives, the ones below the first screen a frame after the others.
    await expect
      .poll(async () => {
        const now = await shown();
        return codes.filter((code) => now.includes(code)).length;
      })
      .toBe(codes.length);
    const order = await shown();
    expect(order.indexOf('SE')).toBeLessThan(Math.min(...codes.filter((c) => c !== 'SE').map((c) => order.indexOf(c))));
    await popup.close();
    await browser.worker.evaluate((names) => chrome.storage.local.remove(names), keys);
  });

  it('remembers a dismissal per marketplace and state, across reloads', async () => {
    const page = await openWithOverlay(EN_STATES[4][1], 'verification-required');
    await overlay(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => overlay(page).locator('section').count()).toBe(0);
    expect(await overlay(page).getAttribute('data-scc-account-state')).toBe('verification-required');
    await page.reload();
    await expect.poll(() => overlay(page).getAttribute('data-scc-dismissed'), { timeout: 10_000 }).toBe('');
    expect(await overlay(page).locator('section').count()).toBe(0);
    const local = await browser.storage('local');
    expect(local['overlayDismissed:AU']).toMatchObject({ state: 'verification-required' });
    await page.close();
  });

  it('recognizes a phrase the seller added on the options page', async () => {
    const url = 'https://sellercentral.amazon.com/home?custom-phrase';
    await browser.serve(
      url,
      // Wording no lexicon reads as a state: only the seller's phrase can make it one.
      '<!doctype html><title>Home</title><div role="alert">Heads up: code R7 applies to this store until further notice</div>',
    );
    const first = await browser.context.newPage();
    await first.goto(url);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await overlay(first).count()).toBe(0);
    await first.close();
    const options = await browser.openOptions();
    await options.getByLabel('Text to recognize').fill('code R7 applies');
    await options.getByLabel('It means the account is').selectOption('on-hold');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(() => options.locator('[data-testid="user-phrases"] li').count()).toBe(1);
    expect((await browser.storage('sync')).userPhrases).toMatchObject([{ text: 'code R7 applies', state: 'on-hold' }]);
    await options.getByLabel('Text to recognize').fill('ab');
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(() => options.getByTestId('phrase-message').textContent()).toContain('characters');
    await options.close();
    const second = await openWithOverlay(url, 'on-hold');
    await second.close();
  });
});

declare const chrome: {
  extension: { getViews(filter: { type: 'popup' }): Window[] };
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { remove(keys: string[]): Promise<void> } };
};
