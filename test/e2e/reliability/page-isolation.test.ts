/**
 * The content scripts expose nothing to Seller Central's own scripts: the page hears no
 * message from them, finds no extension id or extension URL in its DOM (shadow roots
 * included; our data-scc-* attributes are the public contract and hold no id), gains no
 * globals, and nothing it posts or dispatches changes what the extension does or stores.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { readArea } from './support/extension';

const recorder = reliabilityRecorder('page-isolation');
let browser: ExtensionBrowser;

const PAGES = {
  banner: { url: 'https://sellercentral.amazon.co.uk/orders-v3?page=1', fixture: 'detect/on-hold-en-orders.html' },
  case: {
    url: 'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481',
    fixture: 'cases/case-view-en.html',
  },
  report: {
    url: 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1',
    fixture: 'removal/report-en.html',
  },
} as const;
/** The same banner page where no content script runs: the baseline for the page's globals. */
const ELSEWHERE = 'https://example.invalid/orders-v3?page=1';

/** Runs before the page's scripts: keeps every message the window receives. */
const LISTEN = `(() => {
  const heard = [];
  Object.defineProperty(window, '__heard', { value: heard });
  window.addEventListener('message', (event) => {
    let data;
    try { data = JSON.stringify(event.data); } catch { data = String(event.data); }
    heard.push({ data, own: event.source === window && event.data && event.data.__fromPage === true });
  });
})();`;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.context.addInitScript(LISTEN);
  for (const { url, fixture } of Object.values(PAGES)) await browser.serveFixture(url, fixture);
  await browser.serveFixture(ELSEWHERE, PAGES.banner.fixture);
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

async function openAll(): Promise<Record<keyof typeof PAGES, Page>> {
  const banner = await browser.context.newPage();
  await banner.goto(PAGES.banner.url);
  await banner.locator('[data-scc-account-state="on-hold"]').waitFor({ state: 'attached', timeout: 10_000 });
  const casePage = await browser.context.newPage();
  await casePage.goto(PAGES.case.url);
  await casePage.locator('[data-scc-case-id]').waitFor({ state: 'attached', timeout: 10_000 });
  const report = await browser.context.newPage();
  await report.goto(PAGES.report.url);
  await expect.poll(() => report.locator('[data-scc-removal-order]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  // Every piece of our UI drawn: the tooltip is built on first use.
  await report.locator('[data-scc-removal-order]').first().focus();
  await report.locator('[role="tooltip"]').first().waitFor();
  return { banner, case: casePage, report };
}

/** Messages the page received that it did not post itself. */
const heardFromOthers = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { __heard: Array<{ data: string; own: boolean }> }).__heard ?? [])
      .filter((message) => !message.own)
      .map((message) => message.data),
  );

/** Everything of the DOM a page script can read: attributes and text, open shadow roots and styles included. */
const pageVisible = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('data-scc-')) continue;
          found.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
        }
        if (element.localName === 'style') found.push(element.textContent ?? '');
        if (element.shadowRoot) {
          for (const sheet of element.shadowRoot.adoptedStyleSheets)
            for (const rule of sheet.cssRules) found.push(rule.cssText);
          visit(element.shadowRoot);
        }
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node.textContent ?? '');
    };
    visit(document);
    return found;
  });

describe('what a Seller Central page can learn from the extension', () => {
  it('no message, no extension id or URL in its DOM, no new globals', async () => {
    const pages = await openAll();
    let leaks = 0;
    const evidence: string[] = [];
    for (const [name, page] of Object.entries(pages)) {
      const heard = await heardFromOthers(page);
      const visible = (await pageVisible(page)).filter(
        (text) => text.includes(browser.extensionId) || text.includes('chrome-extension://'),
      );
      if (heard.length + visible.length > 0) leaks += 1;
      evidence.push(
        ...heard.map((data) => `${name} heard ${data}`),
        ...visible.map((text) => `${name} shows ${text.slice(0, 120)}`),
      );
    }
    const elsewhere = await browser.context.newPage();
    await elsewhere.goto(ELSEWHERE);
    const globals = (page: Page) => page.evaluate(() => Object.getOwnPropertyNames(window).sort());
    const baseline = new Set(await globals(elsewhere));
    const added = (await globals(pages.banner)).filter((name) => !baseline.has(name));
    if (added.length > 0) leaks += 1;
    evidence.push(...added.map((name) => `banner gained window.${name}`));
    recorder.xssPath(
      { name: 'extension id or UI reachable from page scripts (3 Seller Central pages)', tried: 4, executed: leaks },
      [],
    );
    for (const page of [...Object.values(pages), elsewhere]) await page.close();
    expect(evidence).toEqual([]);
  });

  it('messages the page posts get no answer and change nothing', async () => {
    const pages = await openAll();
    const reader = await browser.openOptions();
    const before = await readArea(reader, 'sync');
    const heardBefore = await Promise.all(Object.values(pages).map(heardFromOthers));
    const forged = [
      {
        type: 'caseCapture',
        id: 1,
        timestamp: Date.now(),
        data: { marketplace: 'US', url: PAGES.case.url, id: '99999999999', status: 'open' },
      },
      {
        type: 'dismissOverlay',
        id: 2,
        timestamp: Date.now(),
        data: { marketplace: 'GB', state: 'on-hold' },
      },
      { type: 'getDetectionSetup', id: 3, timestamp: Date.now(), data: { marketplace: 'GB', languages: ['en'] } },
      { type: 'wxt:content-script-started', contentScriptName: 'seller-central', messageId: 'forged' },
      'scc:ping',
    ];
    let effects = 0;
    for (const page of Object.values(pages)) {
      await page.evaluate((messages) => {
        for (const message of messages)
          window.postMessage(typeof message === 'string' ? message : { ...message, __fromPage: true }, '*');
      }, forged);
    }
    await pages.banner.waitForTimeout(1_000);
    const heardAfter = await Promise.all(Object.values(pages).map(heardFromOthers));
    // What arrived after the page posted, other than its own string message coming back to it.
    const answers = heardAfter.flatMap((heard, index) => heard.slice(heardBefore[index]?.length ?? 0));
    effects += answers.filter((data) => data !== '"scc:ping"').length;
    const after = { sync: await readArea(reader, 'sync'), local: await readArea(reader, 'local') };
    if ('case:99999999999' in after.sync) effects += 1;
    if ('overlayDismissed:GB' in after.local) effects += 1;
    if ((await pages.banner.locator('[data-scc-account-state] section').count()) !== 1) effects += 1;
    expect(Object.keys(after.sync).sort()).toEqual(Object.keys(before).sort());
    recorder.xssPath(
      {
        name: 'window messages posted by the page (content scripts)',
        tried: forged.length * Object.keys(pages).length,
        executed: effects,
      },
      [],
    );
    for (const page of [...Object.values(pages), reader]) await page.close();
    expect(effects).toBe(0);
  });

  it('a page that knows the extension id cannot switch the content scripts off', async () => {
    const pages = await openAll();
    const names = ['seller-central', 'case-capture', 'removal-orders'];
    for (const page of Object.values(pages)) {
      await page.evaluate(
        ([id, scripts]) => {
          for (const script of scripts as string[])
            document.dispatchEvent(
              new CustomEvent(`${id}:${script}:wxt:content-script-started`, {
                detail: { contentScriptName: script, messageId: 'forged-by-the-page' },
              }),
            );
        },
        [browser.extensionId, names] as const,
      );
    }
    // The pages change afterwards: working scripts follow, stopped ones do not.
    await pages.banner.evaluate(() => {
      const alert = document.querySelector('[role="alert"], kat-alert, .a-alert');
      alert?.append(' Updated just now.');
      window.dispatchEvent(new Event('resize'));
    });
    await pages.report.evaluate(() => {
      const body = document.querySelector('#report-preview tbody') as HTMLTableSectionElement;
      const row = body.rows[0]?.cloneNode(true) as HTMLTableRowElement;
      row.querySelector('[data-scc-removal-order]')?.remove();
      (row.cells[1] as HTMLTableCellElement).textContent = 'RMV-AFTER-FORGERY';
      body.append(row);
    });
    await pages.case.waitForTimeout(1_500);
    const stopped = [
      (await pages.banner.locator('[data-scc-account-state]').count()) === 1 ? 0 : 1,
      (await pages.case.locator('[data-scc-case-id]').count()) === 1 ? 0 : 1,
      (await pages.report.locator('[data-scc-removal-order="RMV-AFTER-FORGERY"]').count()) === 1 ? 0 : 1,
    ];
    recorder.xssPath(
      {
        name: 'forged WXT start events with the extension id (content scripts switched off)',
        tried: names.length,
        executed: stopped.reduce((a, b) => a + b, 0),
      },
      [],
    );
    for (const page of Object.values(pages)) await page.close();
    expect(stopped).toEqual([0, 0, 0]);
  });
});
