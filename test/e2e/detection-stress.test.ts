import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';

/** Pages built in the browser from these scripts: real DOM shapes that would be unwieldy as fixture files. */
const SHELL = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Seller Central</title></head><body>
<header id="sc-masthead"><span>amazon seller central</span><span class="pill">Healthy</span></header>
<main id="main"></main><script>${script}</script></body></html>`;

const BANNER = `function banner(text) {
  var box = document.createElement('div');
  box.className = 'a-box a-alert a-alert-error';
  box.setAttribute('role', 'alert');
  var p = document.createElement('p');
  p.textContent = text;
  box.appendChild(p);
  return box;
}`;

// Counts every time our host appears, disappears or changes state: more than one event is flicker.
const COUNT_OVERLAY_EVENTS = `window.__sccEvents = [];
new MutationObserver(function (records) {
  records.forEach(function (r) {
    r.addedNodes.forEach(function (n) { if (n.nodeType === 1 && n.hasAttribute && n.localName === 'scc-account-state') window.__sccEvents.push('added'); });
    r.removedNodes.forEach(function (n) { if (n.nodeType === 1 && n.localName === 'scc-account-state') window.__sccEvents.push('removed'); });
    if (r.type === 'attributes' && r.attributeName === 'data-scc-account-state') window.__sccEvents.push('state:' + r.target.getAttribute('data-scc-account-state'));
  });
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-scc-account-state'] });`;

const PAGES: Record<string, string> = {
  'https://sellercentral.amazon.com/orders-v3?churn': SHELL(`${BANNER}${COUNT_OVERLAY_EVENTS}
var main = document.getElementById('main');
var alertBox = banner('Your selling privileges have been deactivated.');
main.appendChild(alertBox);
var table = document.createElement('table'); main.appendChild(table);
var i = 0;
setInterval(function () {
  var row = table.insertRow(); row.insertCell().textContent = 'order ' + (i++);
  if (table.rows.length > 40) table.deleteRow(0);
  alertBox.firstChild.textContent = 'Your selling privileges have been deactivated.';
}, 50);`),
  'https://sellercentral.amazon.com/home?hostile': SHELL(`${BANNER}
var filler = new Array(100001).join('x');
document.getElementById('main').appendChild(banner('\\u202E<img src=x onerror="window.__pwned=1"> Your Amazon seller account has been deactivated. ' + filler));`),
  'https://sellercentral.amazon.com/home?closed': SHELL(`${BANNER}
var main = document.getElementById('main');
for (var i = 0; i < 5000; i++) { var row = document.createElement('div'); for (var j = 0; j < 9; j++) row.appendChild(document.createElement('span')).textContent = 'cell ' + j; main.appendChild(row); }
var host = document.createElement('div'); main.appendChild(host);
host.attachShadow({ mode: 'closed' }).appendChild(banner('Your Amazon seller account has been deactivated.'));`),
  'https://sellercentral.amazon.com/home?deep': SHELL(`${BANNER}
var node = document.getElementById('main');
for (var i = 0; i < 2000; i++) { var child = document.createElement('div'); node.appendChild(child); node = child; }
var host = document.createElement('section'); node.appendChild(host);
host.attachShadow({ mode: 'open' }).appendChild(banner('Your account is on hold.'));`),
};

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  for (const [url, html] of Object.entries(PAGES)) await browser.serve(url, html);
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

describe('detection under hostile pages, in real Chromium', () => {
  it('a page that mutates every 50 ms: one overlay, no flicker', async () => {
    const { page, errors } = await open('https://sellercentral.amazon.com/orders-v3?churn');
    await expect
      .poll(() => page.locator('[data-scc-account-state="deactivated"]').count(), { timeout: 10_000 })
      .toBe(1);
    await page.waitForTimeout(4000);
    expect(await page.evaluate(() => (window as unknown as { __sccEvents: string[] }).__sccEvents)).toEqual([
      'added',
      'state:deactivated',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hostile banner text is matched and never run; the card quotes it only as plain text', async () => {
    const { page } = await open('https://sellercentral.amazon.com/home?hostile');
    const host = page.locator('[data-scc-account-state]');
    await expect.poll(() => host.getAttribute('data-scc-account-state'), { timeout: 10_000 }).toBe('deactivated');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await host.locator('img').count()).toBe(0);
    // The card quotes the sentence that decided, markup characters and all, as text.
    const quote = host.locator('blockquote');
    expect(await quote.textContent()).toContain('Your Amazon seller account has been deactivated');
    expect(await quote.evaluate((node) => node.childElementCount)).toBe(0);
    expect(await host.locator('section *[onerror], section script').count()).toBe(0);
    await page.close();
  });

  it('a notice inside a closed shadow root on a 50,000-node page stays unseen, and the page still works', async () => {
    const { page, errors } = await open('https://sellercentral.amazon.com/home?closed');
    const reported = async () =>
      Object.values(await browser.storage('session')).some((r) => (r as { url?: string })?.url?.includes('?closed'));
    await expect.poll(reported, { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(2000);
    expect(await page.locator('[data-scc-account-state]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a notice 2,000 levels deep inside an open shadow root is found', async () => {
    const { page } = await open('https://sellercentral.amazon.com/home?deep');
    await expect
      .poll(() => page.locator('[data-scc-account-state]').getAttribute('data-scc-account-state'), { timeout: 10_000 })
      .toBe('on-hold');
    await page.close();
  });
});
