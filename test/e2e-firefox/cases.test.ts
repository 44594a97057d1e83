/**
 * Cases in Firefox: capture from a case page, a case saved in the popup read back from
 * storage.sync, the follow-up alarm firing (the background's clock moved, not the test's wait),
 * and a backup exported and imported through the options page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpAlarmName, MIN_ALARM_DELAY_MS } from '@/lib/cases/alarms';
import { TAB_READY } from '../support/ui';
import { type FirefoxExtension, type InExtension, launchFirefoxExtension } from './support/firefox-browser';
import { attributeOf, clickText, countOf, textOf, waitFor } from './support/page-actions';

const MODERN = 'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481';

let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxExtension();
  firefox.serveFixture(MODERN, 'cases/case-view-en.html');
});

afterAll(async () => {
  await firefox?.close();
});

interface NotificationsApi {
  browser: {
    notifications: {
      onShown: { addListener(listener: (id: string) => void): void };
      onClosed: { addListener(listener: (id: string) => void): void };
    };
  };
}

/** The background's window, with its real clock kept aside while the test moves it. */
type Clocked = Window & typeof globalThis & { sccRealNow?: () => number };

type Stored = Record<string, Record<string, unknown> | undefined>;
const syncCase = async (id: string) => ((await firefox.storage('sync')) as Stored)[`case:${id}`];

async function openCasesTab(): Promise<Page> {
  const popup = await firefox.openPopup();
  await clickText(popup, '[role="tab"]', 'Cases');
  await waitFor(popup, TAB_READY.Cases);
  return popup;
}

/** Types like a seller: focus, then keys (Preact listens for input events). */
async function type(page: Page, selector: string, text: string): Promise<void> {
  const field = (await page.waitForSelector(selector)) as ElementHandle<Element>;
  await field.click();
  await field.type(text);
}

describe('case capture in Firefox', () => {
  it('offers Save case on a case page and saves the case with its status and subject to storage.sync', async () => {
    const page = await firefox.openSellerCentral(MODERN);
    await page.waitForSelector('[data-scc-case-id]', { timeout: 10_000 });
    expect(await attributeOf(page, '[data-scc-case-id]', 'data-scc-case-id')).toBe('20424098481');
    expect(await attributeOf(page, '[data-scc-case-id]', 'data-scc-case-saved')).toBe('false');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the fixture renders its summary late
    await (await page.$('[data-scc-case-id]'))?.click();
    await expect.poll(() => attributeOf(page, '[data-scc-case-id]', 'data-scc-case-saved')).toBe('true');
    const label = () =>
      page.evaluate(
        () => document.querySelector('[data-scc-case-id]')?.shadowRoot?.querySelector('button')?.textContent,
      );
    expect(await label()).toBe('Case saved');
    await expect
      .poll(() => syncCase('20424098481'))
      .toMatchObject({
        id: '20424098481',
        marketplace: 'sellercentral.amazon.com',
        status: 'answered',
        deleted: false,
        title: '<img src=x onerror=alert(1)> Funds held after verification request',
        topic: 'account-hold',
      });
    expect(await countOf(page, 'img[src="x"]')).toBe(0);

    const popup = await openCasesTab();
    await expect
      .poll(() => textOf(popup, '[data-case-id="20424098481"]'))
      .toContain('Funds held after verification request');
    expect(await countOf(popup, 'img[src="x"]')).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('the Cases tab in Firefox', () => {
  it('saves a pasted case and reads it back from storage.sync', async () => {
    const popup = await openCasesTab();
    await clickText(popup, 'button', 'Add case');
    await type(popup, '#case-paste', 'Hello, my Case ID: 20424098482 is still open');
    await expect.poll(() => textOf(popup, '[data-testid="case-paste-feedback"]')).toBe('Case ID found: 20424098482.');
    await type(popup, '#case-add-title', 'Identity check');
    // The popup is a tab of its own here and the text holds no link: the form asks where the case belongs.
    await clickText(popup, '[data-testid="add-case-form"] button', 'Save');
    await expect
      .poll(() => textOf(popup, '[data-testid="add-case-form"] [role="alert"]'))
      .toContain('Which marketplace');
    await popup.select('#case-add-marketplace', 'SE');
    await clickText(popup, '[data-testid="add-case-form"] button', 'Save');
    await waitFor(popup, '[data-testid="case-editor"]');
    await expect
      .poll(() => syncCase('20424098482'))
      .toMatchObject({ id: '20424098482', title: 'Identity check', status: 'open', deleted: false });
    await popup.close();
  });

  it('fires the follow-up alarm and shows the notification, with the background clock moved', async () => {
    const caseId = '40000000001';
    // The background's clock runs just under the alarm's minimum delay behind: the alarm it plans
    // "30 seconds from now" is due within a second of real time.
    const lag = MIN_ALARM_DELAY_MS - 1_000;
    // Notifications cannot be read back once closed, and headless Firefox closes them at once:
    // the test listens for them instead.
    await firefox.inExtension(() => {
      const seen: string[] = [];
      const api = (globalThis as unknown as NotificationsApi).browser.notifications;
      api.onShown.addListener((id) => seen.push(`shown:${id}`));
      api.onClosed.addListener((id) => seen.push(`closed:${id}`));
      (globalThis as unknown as { sccSeen: string[] }).sccSeen = seen;
    }, null);
    await firefox.inExtension(async (behind) => {
      const background = (await (globalThis as unknown as InExtension).browser.runtime.getBackgroundPage()) as Clocked;
      const real = background.Date.now;
      background.sccRealNow = real;
      background.Date.now = () => real.call(background.Date) - behind;
    }, lag);
    try {
      const sentAt = Date.now() - 4 * 24 * 3600_000;
      await firefox.setStorage('sync', {
        [`case:${caseId}`]: {
          id: caseId,
          marketplace: 'sellercentral.amazon.se',
          topic: 'account-hold',
          title: 'Utbetalningar pausade',
          status: 'open',
          createdAt: sentAt,
          lastContactAt: sentAt,
          lastSentAt: sentAt,
          updatedAt: sentAt,
          deleted: false,
        },
      });
      const notified = async () =>
        ((await firefox.storage('local')).caseFollowUpNotified as Record<string, number> | undefined)?.[caseId];
      await expect.poll(notified, { timeout: 15_000 }).toBeGreaterThan(0);
      const shown = await firefox.inExtension(() => (globalThis as unknown as { sccSeen: string[] }).sccSeen, null);
      // Shown, or (headless Firefox has nowhere to show it) closed at once: either way it was created.
      expect(shown.map((event) => event.replace(/^(shown|closed):/, ''))).toContain(followUpAlarmName(caseId));
    } finally {
      await firefox.inExtension(async () => {
        const background = (await (
          globalThis as unknown as InExtension
        ).browser.runtime.getBackgroundPage()) as Clocked;
        if (background.sccRealNow) background.Date.now = background.sccRealNow;
      }, null);
    }
  });
});

describe('backup in the options page, in Firefox', () => {
  async function exportFile(options: Page): Promise<Record<string, unknown>> {
    const before = new Set(readdirSync(firefox.downloads));
    await clickText(options, 'button', 'Export all data');
    let name: string | undefined;
    await expect
      .poll(
        () => {
          name = readdirSync(firefox.downloads).find((file) => !before.has(file) && file.endsWith('.json'));
          return name;
        },
        { timeout: 10_000 },
      )
      .toMatch(/^seller-central-companion-backup-\d{4}-\d{2}-\d{2}(\(\d+\))?\.json$/);
    const path = join(firefox.downloads, name as string);
    await expect.poll(() => existsSync(path) && readFileSync(path, 'utf8').trimEnd().endsWith('}')).toBe(true);
    return JSON.parse(readFileSync(path, 'utf8'));
  }

  it('export, empty the storage, import the file: the same data comes back', async () => {
    const options = await firefox.openOptions();
    await waitFor(options, '[data-testid="backup-section"]');
    const first = (await exportFile(options)) as { data: Record<string, unknown> };
    expect(Object.keys(first.data)).toEqual(
      expect.arrayContaining(['sync:case:20424098481', 'sync:case:20424098482', 'sync:case:40000000001']),
    );

    await firefox.inExtension(async () => {
      const { storage } = (globalThis as unknown as InExtension).browser;
      await storage.sync.clear();
      await storage.local.clear();
    }, null);
    await options.close();
    const fresh = await firefox.openOptions();
    await waitFor(fresh, '[data-testid="backup-section"]');
    const file = join(mkdtempSync(join(tmpdir(), 'scc-backup-')), 'backup.json');
    writeFileSync(file, JSON.stringify(first));
    const input = (await fresh.waitForSelector('#backup-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitFor(fresh, '[data-testid="backup-preview"]');
    expect(await textOf(fresh, '[data-count="new"]')).toBe(String(Object.keys(first.data).length));
    expect(await textOf(fresh, '[data-count="invalid"]')).toBe('0');
    await clickText(fresh, 'button', 'Import');
    await expect.poll(() => textOf(fresh, '[data-testid="backup-status"]')).toContain('Imported');
    await expect
      .poll(async () => Object.keys(await firefox.storage('sync')).filter((k) => k.startsWith('case:')).length, {
        timeout: 10_000,
      })
      .toBe(Object.keys(first.data).filter((k) => k.startsWith('sync:case:')).length);
    const second = (await exportFile(fresh)) as { data: Record<string, unknown> };
    expect(second.data).toEqual(first.data);
    await fresh.close();
  });
});
