import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionBrowser, launchExtensionBrowser, readFixture } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';
import { openPopup } from '../support/ui';

const MODERN = 'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481';
const LEGACY = 'https://sellercentral.amazon.co.uk/gp/case-dashboard/view-case.html?caseID=18765432109';
const GERMAN = 'https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=31234567890';
const CASE_LOG = 'https://sellercentral.amazon.com/cu/case-lobby';
const CONTACT_US = 'https://sellercentral.amazon.com/cu/contact-us';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serveFixture(MODERN, 'cases/case-view-en.html');
  await browser.serveFixture(LEGACY, 'cases/case-view-legacy-en.html');
  await browser.serveFixture(GERMAN, 'cases/case-view-de.html');
  // The case app renders a case in place: the case log's document is the case page's.
  await browser.serveFixture(CASE_LOG, 'cases/case-view-en.html');
  await browser.serveFixture(CONTACT_US, 'cases/case-view-en.html');
});

afterAll(async () => {
  await browser?.close();
});

type Stored = Record<string, Record<string, unknown> | undefined>;
const syncCase = async (id: string) => ((await browser.storage('sync')) as Stored)[`case:${id}`];
/**
 * A case record as the extension reads it: a copy waiting for sync first (a sync write refused
 * for its quota or its write rate, which a long run of tests reaches), then sync, then local.
 */
const storedCase = async (id: string) => {
  const local = (await browser.storage('local')) as Stored;
  return local[`syncFallback:case:${id}`] ?? (await syncCase(id)) ?? local[`caseRecord:${id}`];
};

async function saveFromPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const control = page.locator('[data-scc-case-id]');
  await control.waitFor();
  return page;
}

describe('capture from a case page', () => {
  it('offers a Save case control carrying the case ID, saves the case with its status, shows it in the popup', async () => {
    const page = await saveFromPage(MODERN);
    const control = page.locator('[data-scc-case-id]');
    expect(await control.getAttribute('data-scc-case-id')).toBe('20424098481');
    expect(await control.getAttribute('data-scc-case-saved')).toBe('false');
    expect(await control.getByRole('button').textContent()).toBe('Save case');
    await page.waitForTimeout(500); // the fixture renders its summary late, as Seller Central does
    await screenshot(page, 'case-page-save-control-en');
    expect(await axeViolations(page, 'scc-case-save')).toEqual([]);
    await control.click();
    await expect.poll(() => control.getAttribute('data-scc-case-saved')).toBe('true');
    expect(await control.getByRole('button').textContent()).toBe('Case saved');
    await expect
      .poll(() => syncCase('20424098481'))
      .toMatchObject({
        id: '20424098481',
        marketplace: 'sellercentral.amazon.com',
        status: 'answered',
        deleted: false,
        // Issue #13: the page's subject, not "Case 20424098481 · Other".
        title: '<img src=x onerror=alert(1)> Funds held after verification request',
        topic: 'account-hold',
      });
    // The page's HTML-looking subject never became markup.
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    const popup = await openPopup(browser, 'Cases');
    const row = popup.locator('[data-case-id="20424098481"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Amazon replied');
    expect(await row.textContent()).toContain('Funds held after verification request');
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('saves from the legacy page, and a later visit updates status and last seen', async () => {
    const page = await saveFromPage(LEGACY);
    await page.locator('[data-scc-case-id="18765432109"]').click();
    await expect
      .poll(() => syncCase('18765432109'))
      .toMatchObject({
        marketplace: 'sellercentral.amazon.co.uk',
        status: 'open',
        title: 'Removal order stuck in Processing <script>alert(1)</script>',
        topic: 'removal-order',
      });
    const firstSeen = (await syncCase('18765432109'))?.lastSeenAt as number;

    await browser.serve(
      LEGACY,
      readFixture('cases/case-view-legacy-en.html').replace('Pending Amazon Action', 'Resolved'),
    );
    await page.reload();
    await expect.poll(() => page.locator('[data-scc-case-id]').getAttribute('data-scc-case-saved')).toBe('true');
    await expect.poll(async () => (await syncCase('18765432109'))?.status).toBe('resolved');
    expect((await syncCase('18765432109'))?.lastSeenAt as number).toBeGreaterThan(firstSeen);
    await page.close();
  });

  it('with the language on "auto", speaks the page’s language: German on a German page in an English browser', async () => {
    await browser.setStorage('sync', { settings: { language: 'auto', followUpHours: 48 }, settings$: { v: 2 } });
    const unsaved = 'https://sellercentral.amazon.de/cu/case-dashboard/view-case?caseID=31234567891';
    await browser.serveFixture(unsaved, 'cases/case-view-de.html');
    const page = await saveFromPage(unsaved);
    await expect.poll(() => page.locator('[data-scc-case-id] button').textContent()).toBe('Fall speichern');
    await page.close();
  });

  it('speaks German on a German page when the companion is set to German', async () => {
    await browser.setStorage('sync', { settings: { language: 'de', followUpHours: 48 }, settings$: { v: 2 } });
    const page = await saveFromPage(GERMAN);
    await expect.poll(() => page.locator('[data-scc-case-id] button').textContent()).toBe('Fall speichern');
    await page.locator('[data-scc-case-id]').click();
    await expect.poll(async () => (await syncCase('31234567890'))?.status).toBe('needs-attention');
    expect(await syncCase('31234567890')).toMatchObject({
      title: 'Verifizierung der Identität',
      topic: 'verification',
    });
    await browser.setStorage('sync', { settings: { language: 'en', followUpHours: 48 } });
    await page.close();
  });
});

describe('capture after single-page navigation', () => {
  it.each([
    ['the case log', CASE_LOG],
    ['a contact form', CONTACT_US],
  ])(
    'a case opened from %s gets its control; leaving the case takes it away, coming back restores it',
    async (_, start) => {
      const page = await browser.context.newPage();
      await page.goto(start);
      const control = page.locator('[data-scc-case-id]');
      await page.waitForTimeout(1500);
      expect(await control.count()).toBe(0);
      const go = (path: string) => page.evaluate((to) => history.pushState({}, '', to), path);

      await go('/cu/case-dashboard/view-case?caseID=20424098481');
      await expect.poll(() => control.getAttribute('data-scc-case-id'), { timeout: 5000 }).toBe('20424098481');
      await go('/cu/contact-us');
      await expect.poll(() => control.count(), { timeout: 5000 }).toBe(0);
      await go('/cu/case-dashboard/view-case?caseID=20424098481');
      await expect.poll(() => control.count(), { timeout: 5000 }).toBe(1);
      await go('/home');
      await expect.poll(() => control.count(), { timeout: 5000 }).toBe(0);
      await go('/cu/case-dashboard/view-case?caseID=20424098481');
      await expect.poll(() => control.count(), { timeout: 5000 }).toBe(1);
      await page.close();
    },
  );
});

describe('the Cases tab', () => {
  beforeAll(async () => {
    // A case sent to Amazon four days ago: its follow-up is overdue and sorts first.
    const sentAt = Date.now() - 4 * 24 * 3600_000;
    await browser.setStorage('sync', {
      'case:40000000001': {
        id: '40000000001',
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
  });

  it('adds pasted cases with warnings, shows HTML as text, edits, logs, copies and deletes with undo', async () => {
    const popup = await openPopup(browser, 'Cases');
    await popup.getByRole('button', { name: 'Add case' }).click();
    const paste = popup.getByLabel('Case ID, case link or the case summary');
    await paste.fill('Order 1234');
    await expect.poll(() => popup.getByTestId('case-paste-feedback').textContent()).toContain('at least 6 digits');
    await paste.fill('123456789');
    await expect.poll(() => popup.getByTestId('case-paste-feedback').textContent()).toContain('usually have 11 digits');
    await paste.fill('Hello, my Case ID: 20424098482 is still open');
    await expect.poll(() => popup.getByTestId('case-paste-feedback').textContent()).toBe('Case ID found: 20424098482.');
    await popup.getByLabel('Topic').selectOption('verification');
    await popup.getByLabel('Title', { exact: true }).fill('<img src=x onerror="document.title=1"> Identity check');
    // The popup is open in a tab of its own: no Seller Central tab is in front, and the text
    // holds no link, so the form asks where the case belongs instead of guessing.
    const form = popup.getByTestId('add-case-form');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Which marketplace is this case on?');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('case-add-marketplace');
    expect(await syncCase('20424098482')).toBeUndefined();
    await form.getByLabel('Marketplace').selectOption('SE');
    expect(await form.getByRole('alert').count()).toBe(0);
    await screenshot(popup, 'popup-cases-add-en');
    expect(await axeViolations(popup)).toEqual([]);
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    const editor = popup.getByTestId('case-editor');
    await editor.waitFor();
    expect(await editor.getAttribute('data-case-id')).toBe('20424098482');
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    expect(await popup.getByLabel('Title', { exact: true }).inputValue()).toContain('<img src=x');

    await popup.getByLabel('Status').selectOption('needs-attention');
    await popup.getByTestId('case-details-form').getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await syncCase('20424098482'))?.status).toBe('needs-attention');

    await popup.getByLabel('What was said').fill('Sent the passport scan again');
    await popup.getByRole('button', { name: 'Add to log' }).click();
    await expect.poll(() => popup.getByTestId('case-log').textContent()).toContain('Sent the passport scan again');
    // A message sent puts the case back to waiting for Amazon.
    await expect.poll(async () => (await syncCase('20424098482'))?.status).toBe('open');
    // Notes and the log stay in this browser: the editor says so with this case's size, says why,
    // and opens the backups that carry them to another browser (issue #13).
    const local = popup.getByTestId('case-local-notice');
    await expect.poll(async () => Number(await local.getAttribute('data-bytes'))).toBeGreaterThan(100);
    const bytes = Number(await local.getAttribute('data-bytes'));
    expect(await local.textContent()).toContain(`This case's notes and log take ${bytes} bytes and stay here`);
    expect(await local.textContent()).toMatch(/share only 100 kB of synced space .* at most 8 kB per item/);
    const [options] = await Promise.all([
      browser.context.waitForEvent('page'),
      local.getByRole('button', { name: 'Open backups' }).click(),
    ]);
    expect(options.url()).toMatch(/\/options\.html#backup$/);
    await options.getByTestId('backup-section').waitFor();
    // Scrolled to the backups: their heading is in view, however far down the page they are.
    const headingInView = () =>
      options.evaluate(() => {
        const top = document.getElementById('backup-heading')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < innerHeight * 0.8 && scrollY > 0;
      });
    await expect.poll(headingInView).toBe(true);
    await options.close();

    await popup.getByRole('button', { name: 'Copy follow-up line' }).click();
    await expect.poll(() => popup.locator('#case-reference').inputValue()).toMatch(/^Case ID 20424098482: /);
    await screenshot(popup, 'popup-case-editor-en');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => popup.getByTestId('cases-status').textContent()).toContain('Case 20424098482 deleted.');
    expect(await storedCase('20424098482')).toMatchObject({ deleted: true });
    expect(await popup.locator('[data-case-id="20424098482"]').count()).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('[data-case-id="20424098482"]').count()).toBe(1);
    expect(await storedCase('20424098482')).toMatchObject({ deleted: false });
    expect(await popup.locator('[data-case-id="20424098482"]').textContent()).toContain('<img src=x');

    expect(await popup.locator('[data-testid="case-list"] > li').first().getAttribute('data-case-id')).toBe(
      '40000000001',
    );
    expect(await popup.locator('[data-case-id="40000000001"]').getAttribute('data-follow-up')).toBe('overdue');
    // Each row: the subject, then marketplace, status and topic, then when to follow up; the ID once.
    const overdue = popup.locator('[data-case-id="40000000001"]');
    expect(await overdue.locator('.case-title').textContent()).toBe('Utbetalningar pausade');
    expect(await overdue.locator('.case-meta').textContent()).toBe(
      '40000000001 · amazon.se · Waiting for Amazon · Account on hold',
    );
    expect(await overdue.locator('.case-follow').textContent()).toBe('Follow-up overdue: it was due 2 days ago');
    const added = popup.locator('[data-case-id="20424098482"]');
    expect(await added.locator('.case-meta').textContent()).toBe(
      '20424098482 · amazon.se · Waiting for Amazon · Verification',
    );
    expect(await added.locator('.case-follow').textContent()).toBe('Follow up in 2 days');
    expect((await added.textContent())?.split('20424098482').length).toBe(2);
    await popup.locator('#case-search').fill('passport');
    await expect.poll(() => popup.locator('[data-testid="case-list"] > li').count()).toBe(1);
    await popup.locator('#case-search').fill('');
    await screenshot(popup, 'popup-cases-list-en');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'popup-cases-list-dark');
    await popup.close();
  });

  it('opens a case in Seller Central on its own marketplace', async () => {
    const popup = await openPopup(browser, 'Cases');
    await popup.locator('[data-case-id="18765432109"] button').click();
    // A tab the extension opens navigates before routing attaches to it: watch its request instead.
    const request = browser.context.waitForEvent('request', (r) => r.url().includes('caseID=18765432109'));
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in Seller Central' }).click();
    expect((await request).url()).toBe(
      'https://sellercentral.amazon.co.uk/cu/case-dashboard/view-case?caseID=18765432109',
    );
    await (await opened).close();
    await popup.close();
  });

  it('keeps a deleted case deleted, and Undo offered, when the worker could not restore it', async () => {
    const at = Date.now() - 3_600_000;
    const id = '40000000002';
    await browser.setStorage('sync', {
      [`case:${id}`]: {
        id,
        marketplace: 'sellercentral.amazon.se',
        topic: 'account-hold',
        title: 'An undo that cannot land',
        status: 'open',
        createdAt: at,
        lastContactAt: at,
        lastSentAt: at,
        updatedAt: at,
        deleted: false,
      },
    });
    const popup = await openPopup(browser, 'Cases');
    await popup.locator(`[data-case-id="${id}"] button`).click();
    await popup.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => popup.getByTestId('cases-status').textContent()).toContain(`Case ${id} deleted.`);
    // The record goes before Undo reaches the worker (another browser's sync, a cleared area).
    await browser.worker.evaluate(
      async (names) => {
        type Area = { remove(keys: string[]): Promise<void> };
        const api = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
        await api.storage.sync.remove(names);
        await api.storage.local.remove(names.map((name) => `syncFallback:${name}`));
      },
      [`case:${id}`, `case:${id}$`],
    );
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.getByTestId('cases-status').textContent()).toContain('That did not save.');
    expect(await popup.getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);
    expect(await popup.locator(`[data-case-id="${id}"]`).count()).toBe(0);
    await popup.close();
  });

  it('keeps both edits when two popups edit different cases at the same time', async () => {
    const [one, two] = await Promise.all([openPopup(browser, 'Cases'), openPopup(browser, 'Cases')]);
    await one.locator('[data-case-id="20424098481"] button').click();
    await two.locator('[data-case-id="18765432109"] button').click();
    await one.getByLabel('Title', { exact: true }).fill('Edited in the first popup');
    await two.getByLabel('Title', { exact: true }).fill('Edited in the second popup');
    await two.getByLabel('Topic').selectOption('removal-order');
    await Promise.all([
      one.getByTestId('case-details-form').getByRole('button', { name: 'Save', exact: true }).click(),
      two.getByTestId('case-details-form').getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    await expect.poll(async () => (await syncCase('20424098481'))?.title).toBe('Edited in the first popup');
    await expect.poll(async () => (await syncCase('18765432109'))?.title).toBe('Edited in the second popup');
    expect(await syncCase('18765432109')).toMatchObject({ topic: 'removal-order' });
    // Each popup follows the other's edit through storage.
    await one.getByRole('button', { name: '← All cases' }).click();
    await expect
      .poll(() => one.locator('[data-case-id="18765432109"]').textContent())
      .toContain('Edited in the second popup');
    await one.close();
    await two.close();
  });
});

describe('backup in the options page', () => {
  async function exportFile(options: Page): Promise<string> {
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export all data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^seller-central-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
    return readFileSync((await file.path()) as string, 'utf8');
  }

  async function chooseFile(options: Page, name: string, text: string): Promise<void> {
    await options.getByLabel('Choose a backup file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  it('export -> import into emptied storage -> export gives identical data, and the import undoes once', async () => {
    const options = await browser.openOptions();
    await options.getByTestId('backup-section').waitFor();
    const first = JSON.parse(await exportFile(options));
    expect(Object.keys(first.data)).toEqual(
      expect.arrayContaining(['sync:case:20424098481', 'sync:case:18765432109', 'local:caseDetail:20424098482']),
    );

    await browser.worker.evaluate(async () => {
      type Area = { clear(): Promise<void> };
      const api = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
      await api.storage.sync.clear();
      await api.storage.local.clear();
    });
    await options.reload();
    await chooseFile(options, 'backup.json', JSON.stringify(first));
    const preview = options.getByTestId('backup-preview');
    await preview.waitFor();
    expect(await preview.locator('[data-count="new"]').textContent()).toBe(String(Object.keys(first.data).length));
    expect(await preview.locator('[data-count="invalid"]').textContent()).toBe('0');
    await screenshot(options, 'options-backup-preview-en');
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByTestId('backup-status').textContent()).toContain('Imported');
    // Cases reach sync through the background, within the write limits.
    await expect
      .poll(async () => Object.keys(await browser.storage('sync')).filter((k) => k.startsWith('case:')).length)
      .toBe(Object.keys(first.data).filter((k) => k.startsWith('sync:case:')).length);
    const second = JSON.parse(await exportFile(options));
    expect(second.data).toEqual(first.data);
    await screenshot(options, 'options-backup-imported-en');

    await options.getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => options.getByTestId('backup-status').textContent()).toBe('The import was undone.');
    await expect
      .poll(async () => Object.keys(await browser.storage('sync')).filter((k) => k.startsWith('case:')))
      .toEqual([]);
    expect(await options.getByTestId('backup-undo').count()).toBe(0);

    // Put the data back for whoever runs next, through the same import.
    await chooseFile(options, 'backup.json', JSON.stringify(first));
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => syncCase('20424098481')).toBeDefined();
    await options.close();
  });

  it('asks about a conflict and keeps the current data by default', async () => {
    const options = await browser.openOptions();
    const backup = JSON.parse(await exportFile(options));
    backup.data['sync:settings'] = { language: 'sv', followUpHours: 96 };
    await chooseFile(options, 'changed.json', JSON.stringify(backup));
    const conflicts = options.getByTestId('backup-conflicts');
    await conflicts.waitFor();
    expect(await axeViolations(options)).toEqual([]);
    expect(await conflicts.textContent()).toContain('Settings');
    expect(await conflicts.getByLabel('Keep mine').isChecked()).toBe(true);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByTestId('backup-status').textContent()).toContain('Imported');
    expect(((await browser.storage('sync')) as Stored).settings).toMatchObject({ language: 'en' });
    await options.close();
  });

  it('refuses a file from a newer version and a corrupt file with a message, and lists invalid records with reasons', async () => {
    const options = await browser.openOptions();
    await chooseFile(
      options,
      'future.json',
      JSON.stringify({
        format: 'seller-central-companion/backup',
        version: 7,
        exportedAt: new Date().toISOString(),
        data: {},
      }),
    );
    await expect.poll(() => options.getByTestId('backup-problem').textContent()).toContain('newer version');
    expect(await options.getByTestId('backup-problem').textContent()).toContain('file version 7');
    await chooseFile(options, 'broken.json', '{"format": "seller-central-companion/backup", "vers');
    await expect.poll(() => options.getByTestId('backup-problem').textContent()).toContain('damaged or not JSON');
    expect(await options.getByTestId('backup-preview').count()).toBe(0);

    await chooseFile(
      options,
      'odd.json',
      JSON.stringify({
        format: 'seller-central-companion/backup',
        version: 1,
        exportedAt: new Date().toISOString(),
        data: { 'sync:case:12x': { id: '<b>12x</b>' }, 'local:somethingElse': 1 },
      }),
    );
    const invalid = options.getByTestId('backup-invalid');
    await invalid.waitFor();
    expect(await invalid.locator('li').count()).toBe(2);
    expect(await invalid.textContent()).toContain('It does not look like something this extension saves.');
    expect(await invalid.textContent()).toContain('Not a kind of data this extension keeps.');
    expect(await options.locator('b').count()).toBe(0);
    await screenshot(options, 'options-backup-invalid-en');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
