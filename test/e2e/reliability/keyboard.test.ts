/**
 * The main flows with the keyboard alone (Tab, Shift+Tab, arrow keys, Home/End, Enter, Space,
 * Escape; no clicks): switch popup tabs, open a checklist and tick a step, add a case by
 * pasting its ID, add a seller phrase, collapse and dismiss the overlay, open and close a
 * removal badge's explanation. Every stop on the extension's own UI must show where focus is.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { focused, tabUntil } from './support/focus';

const recorder = reliabilityRecorder('a11y-keyboard');
let browser: ExtensionBrowser;

const BANNER = 'https://sellercentral.amazon.co.uk/orders-v3?page=1';
const REPORT = 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1';

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serveFixture(BANNER, 'detect/on-hold-en-orders.html');
  await browser.serveFixture(REPORT, 'removal/report-en.html');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The Checklists tab opens on the marketplace the seller last picked.
  await browser.setStorage('local', { checklistMarket: { code: 'SE', at: Date.now() } });
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

/** Runs one flow and records whether it passed; `unseen` collects stops whose focus could not be seen. */
async function flow(name: string, body: (unseen: string[]) => Promise<void>): Promise<void> {
  const unseen: string[] = [];
  let passed = false;
  try {
    await body(unseen);
    expect(unseen, `${name}: focus not visible at`).toEqual([]);
    passed = true;
  } finally {
    recorder.keyboard({ flow: name, passed });
  }
}

/** Focus reaches `selector` (a component may move it after it draws) and shows its ring there. */
async function expectVisibleFocus(page: Page, unseen: string[], selector: string): Promise<void> {
  await expect.poll(() => focused(page, selector), { timeout: 3_000 }).toMatchObject({ matches: true });
  const element = await focused(page, selector);
  if (!element.visible) unseen.push(element.label);
}

async function popupPage(): Promise<Page> {
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator('[role="tablist"]').waitFor();
  await popup.bringToFront();
  return popup;
}

const selectedTab = (popup: Page) => popup.locator('[role="tab"][aria-selected="true"]').textContent();

describe('keyboard only', () => {
  it('popup: moves between the tabs with the arrow keys, Home and End', async () => {
    await flow('popup: switch tabs (Tab, arrow keys, Home, End)', async (unseen) => {
      const popup = await popupPage();
      unseen.push(...(await tabUntil(popup, '[role="tab"]')));
      expect(await selectedTab(popup)).toBe('Status');
      for (const [key, tab] of [
        ['ArrowRight', 'Checklists'],
        ['ArrowRight', 'Removal orders'],
        ['ArrowRight', 'Cases'],
        ['ArrowRight', 'Status'],
        ['ArrowLeft', 'Cases'],
        ['Home', 'Status'],
        ['End', 'Cases'],
      ] as const) {
        await popup.keyboard.press(key);
        await expect.poll(() => selectedTab(popup)).toBe(tab);
        await expectVisibleFocus(popup, unseen, '[role="tab"][aria-selected="true"]');
      }
      // Shift+Tab leaves the tab list backwards, Tab comes back to the selected tab.
      unseen.push(...(await tabUntil(popup, 'header button', { backwards: true })));
      unseen.push(...(await tabUntil(popup, '[role="tab"]')));
      expect(await selectedTab(popup)).toBe('Cases');
      await popup.close();
    });
  });

  it('popup: opens a checklist and ticks a step', async () => {
    await flow('popup: open a checklist and tick an item (Enter, Space)', async (unseen) => {
      const popup = await popupPage();
      unseen.push(...(await tabUntil(popup, '[role="tab"]')));
      await popup.keyboard.press('ArrowRight');
      await expect.poll(() => popup.locator('section.checklists').getAttribute('data-market')).toBe('SE');
      unseen.push(...(await tabUntil(popup, '[data-checklist="hold"]')));
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('[data-open-checklist]').getAttribute('data-open-checklist')).toBe('hold');
      unseen.push(...(await tabUntil(popup, '.check-items input[type="checkbox"]')));
      await popup.keyboard.press('Space');
      await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('1 of 6 done');
      await expectVisibleFocus(popup, unseen, '.check-items input[type="checkbox"]');
      // Reset asks first; Escape takes the question back and returns focus to the button.
      unseen.push(...(await tabUntil(popup, '.reset-row button')));
      await popup.keyboard.press('Enter');
      await expect.poll(() => focused(popup).then((element) => element.label)).toMatch(/"Cancel"/);
      await popup.keyboard.press('Escape');
      await expectVisibleFocus(popup, unseen, '.reset-row button');
      expect(await popup.getByTestId('checklist-progress').textContent()).toBe('1 of 6 done');
      await popup.close();
    });
  });

  it('popup: adds a case by pasting its ID', async () => {
    await flow('popup: add a case by pasting an ID (Ctrl+V, Enter)', async (unseen) => {
      const popup = await popupPage();
      unseen.push(...(await tabUntil(popup, '[role="tab"]')));
      await popup.keyboard.press('End');
      await expect.poll(() => selectedTab(popup)).toBe('Cases');
      unseen.push(...(await tabUntil(popup, 'button[aria-expanded]')));
      await popup.keyboard.press('Enter');
      unseen.push(...(await tabUntil(popup, '#case-paste')));
      await popup.evaluate(() =>
        navigator.clipboard.writeText('Hello, my Case ID: 20424098489 is about the held disbursement'),
      );
      await popup.keyboard.press('ControlOrMeta+V');
      await expect
        .poll(() => popup.getByTestId('case-paste-feedback').textContent())
        .toBe('Case ID found: 20424098489.');
      await expectVisibleFocus(popup, unseen, '#case-paste');
      unseen.push(...(await tabUntil(popup, '#case-add-title')));
      await popup.keyboard.type('Held disbursement');
      unseen.push(...(await tabUntil(popup, '[data-testid="add-case-form"] button[type="submit"]')));
      await popup.keyboard.press('Enter');
      // No Seller Central tab in front and no link in the text: the form asks, and hands focus
      // to the marketplace choice.
      await expect.poll(() => focused(popup, '#case-add-marketplace').then((element) => element.matches)).toBe(true);
      await popup.keyboard.type('SE');
      await expect.poll(() => popup.locator('#case-add-marketplace').inputValue()).toBe('SE');
      unseen.push(...(await tabUntil(popup, '[data-testid="add-case-form"] button[type="submit"]')));
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.getByTestId('case-editor').getAttribute('data-case-id')).toBe('20424098489');
      // The editor takes focus to its heading; the keyboard goes on from there.
      await expect.poll(() => focused(popup, '#case-heading').then((element) => element.matches)).toBe(true);
      unseen.push(...(await tabUntil(popup, '#case-notes')));
      await popup.close();
    });
  });

  it('options: adds a seller phrase', async () => {
    await flow('options: add a seller phrase (Tab, type, Enter)', async (unseen) => {
      const options = await browser.openOptions();
      await options.bringToFront();
      unseen.push(...(await tabUntil(options, '#phrase-state')));
      await options.keyboard.press('ArrowDown');
      unseen.push(...(await tabUntil(options, '#phrase-text')));
      await options.keyboard.type('payouts paused for a document check');
      await options.keyboard.press('Enter');
      await expect.poll(() => options.locator('[data-testid="user-phrases"] li').count()).toBe(1);
      expect(await options.locator('[data-testid="user-phrases"] q').textContent()).toBe(
        'payouts paused for a document check',
      );
      await expectVisibleFocus(options, unseen, '#phrase-text');
      await options.close();
    });
  });

  it('overlay: collapses, expands and is dismissed', async () => {
    await flow('overlay: collapse and dismiss (Tab, Enter)', async (unseen) => {
      const page = await browser.context.newPage();
      await page.goto(BANNER);
      const host = page.locator('[data-scc-account-state]');
      await host.locator('section').waitFor({ timeout: 10_000 });
      unseen.push(...(await tabUntil(page, 'button[aria-controls="scc-card-body"]', { max: 80 })));
      await page.keyboard.press('Enter');
      await expect.poll(() => host.locator('#scc-card-body').isVisible()).toBe(false);
      await expectVisibleFocus(page, unseen, 'button[aria-expanded="false"]');
      await page.keyboard.press('Space');
      await expect.poll(() => host.locator('#scc-card-body').isVisible()).toBe(true);
      unseen.push(...(await tabUntil(page, 'button[title="Dismiss"]')));
      await page.keyboard.press('Enter');
      await expect.poll(() => host.locator('section').count()).toBe(0);
      expect(await host.getAttribute('data-scc-account-state')).toBe('on-hold');
      await page.close();
    });
  });

  it('removal badge: its explanation opens on focus and closes with Escape', async () => {
    await flow('removal badge: tooltip on focus, Escape closes it', async (unseen) => {
      const page = await browser.context.newPage();
      await page.goto(REPORT);
      await page.locator('[data-scc-removal-order]').first().waitFor({ timeout: 10_000 });
      unseen.push(...(await tabUntil(page, '[data-scc-removal-order="RMV-251101-A"]', { max: 80 })));
      const tip = page.locator('[data-scc-removal-order="RMV-251101-A"] [role="tooltip"]');
      await expect.poll(() => tip.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      await expect.poll(() => tip.isVisible()).toBe(true);
      await expectVisibleFocus(page, unseen, '[data-scc-removal-order="RMV-251101-A"]');
      await page.close();
    });
  });
});
