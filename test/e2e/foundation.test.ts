import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sv from '@/public/_locales/sv/messages.json';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';
import { openSellerCentral } from '../support/ui';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serveFixture('https://sellercentral.amazon.com/home', 'home-en.html');
  await browser.serveFixture('https://sellercentral.amazon.se/home', 'home-sv.html');
  await browser.serve('https://www.example.com/', '<!doctype html><title>Elsewhere</title><p>Not Seller Central</p>');
});

afterAll(async () => {
  await browser?.close();
});

describe('content script reports the page; the popup shows it', () => {
  it('reports sellercentral.amazon.com home', async () => {
    const page = await openSellerCentral(browser, 'https://sellercentral.amazon.com/home');
    await expect.poll(async () => Object.keys(await browser.storage('session')).length).toBeGreaterThan(0);
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByTestId('status-marketplace').textContent()).toBe('United States (US)');
    expect(await popup.getByTestId('status-kind').getAttribute('data-kind')).toBe('home');
    expect(await popup.getByTestId('status-kind').textContent()).toBe('Home');
    await screenshot(popup, 'popup-status-en');
    await popup.close();
    await page.close();
  });

  it('reports sellercentral.amazon.se home, and switches tabs with the keyboard', async () => {
    const page = await openSellerCentral(browser, 'https://sellercentral.amazon.se/home');
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByTestId('status-marketplace').textContent()).toBe('Sweden (SE)');
    const statusTab = popup.getByRole('tab', { name: 'Status' });
    await statusTab.focus();
    const expected = [
      ['Checklists', 'checklists'],
      ['Removal orders', 'removal'],
      ['Cases', 'cases'],
    ] as const;
    for (const [name, id] of expected) {
      await popup.keyboard.press('ArrowRight');
      const tab = popup.getByRole('tab', { name });
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(name);
      await popup.waitForLoadState('networkidle');
      await screenshot(popup, `popup-${id}-en`);
    }
    // The Cases tab links to the case log of the tab's own marketplace.
    await expect
      .poll(() => popup.getByRole('button', { name: /case log on sellercentral\.amazon\.se/ }).count())
      .toBe(1);
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => statusTab.getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('End');
    await expect.poll(() => popup.getByRole('tab', { name: 'Cases' }).getAttribute('aria-selected')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('says plainly when the tab is not Seller Central', async () => {
    const page = await openSellerCentral(browser, 'https://www.example.com/');
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByTestId('status-not-sc').isVisible()).toBe(true);
    expect(await popup.getByTestId('status-not-sc').textContent()).toContain('not Seller Central');
    await popup.close();
    await page.close();
  });
});

describe('options page', () => {
  it('changes the UI language for the popup and itself, stored in sync', async () => {
    const options = await browser.openOptions();
    await options.getByLabel('Language of the companion').selectOption('sv');
    await expect.poll(() => options.locator('h1').textContent()).toBe(sv.optionsTitle.message);
    expect((await browser.storage('sync')).settings).toEqual({ language: 'sv', followUpHours: 48 });
    await screenshot(options, 'options-sv');
    const page = await openSellerCentral(browser, 'https://sellercentral.amazon.se/home');
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('tab', { selected: true }).textContent()).toBe(sv.tabStatus.message);
    await expect.poll(() => popup.getByTestId('status-kind').textContent()).toBe(sv.pageKind_home.message);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('sv');
    await screenshot(popup, 'popup-status-sv');
    for (const [name, id] of [
      [sv.tabChecklists.message, 'checklists'],
      [sv.tabRemoval.message, 'removal'],
      [sv.tabCases.message, 'cases'],
    ] as const) {
      await popup.getByRole('tab', { name }).click();
      await screenshot(popup, `popup-${id}-sv`);
    }
    await options.getByLabel(sv.optionsLanguageLabel.message).selectOption('en');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Seller Central Companion settings');
    await screenshot(options, 'options-en');
    await popup.close();
    await page.close();
    await options.close();
  });

  it('shares the popup’s start-up script with the options and Plan of Action pages, never the popup itself', async () => {
    for (const path of ['options.html', 'poa.html?market=US']) {
      const page = await browser.context.newPage();
      // Notes whether the popup was ever drawn, even if the page's own render replaced it afterwards.
      await page.addInitScript(`new MutationObserver(() => {
        if (document.querySelector('main.popup')) document.documentElement.dataset.popupSeen = 'yes';
      }).observe(document, { childList: true, subtree: true });`);
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      // The popup waits at most 50 ms for its reads before it renders: well past that, still no popup.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.dataset.popupSeen ?? 'no'), path).toBe('no');
      await page.close();
    }
  });

  it('shows storage use per area and lists quarantined data with export and discard', async () => {
    await browser.setStorage('sync', { settings: { language: 42 }, settings$: { v: 2 } });
    const options = await browser.openOptions();
    const entry = options.locator('[data-quarantine-item="sync:settings"]');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('language: expected one of');
    // Issue #13: in the seller's words first ("Settings", "Almost empty"), the exact figures one click away.
    expect(await entry.locator('p').first().textContent()).toMatch(/^From Settings, set aside /);
    expect(await entry.locator('pre').isVisible()).toBe(false);
    await entry.getByText('Technical details').click();
    expect(await entry.locator('pre').isVisible()).toBe(true);
    expect(await options.textContent('body')).not.toContain('unexpected shape');
    const sync = options.locator('[data-storage-area="sync"]');
    expect(await sync.locator('p').first().textContent()).toBe('Almost empty: plenty of room.');
    expect(await sync.getByText(/bytes used/).isVisible()).toBe(false);
    await sync.getByText('Exact figures').click();
    expect(await sync.getByText(/bytes used/).isVisible()).toBe(true);
    expect(await options.locator('[data-storage-area="sync"]').textContent()).toMatch(/of 102,400 bytes used/);
    expect(await options.locator('[data-storage-area="local"]').textContent()).toMatch(/of 10,485,760 bytes used/);
    const quarantine = (await browser.storage('local')).quarantine as Array<{ value: unknown }>;
    expect(quarantine[0]?.value).toEqual({ language: 42 });
    await screenshot(options, 'options-quarantine-en');
    const download = options.waitForEvent('download');
    await entry.getByRole('button', { name: 'Export' }).click();
    expect((await download).suggestedFilename()).toMatch(/^seller-central-companion-quarantine-.+\.json$/);
    options.once('dialog', (dialog) => void dialog.accept());
    await entry.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => options.getByTestId('quarantine-empty').isVisible()).toBe(true);
    await options.close();
  });
});
