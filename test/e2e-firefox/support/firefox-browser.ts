/**
 * Real Firefox with the Firefox build installed as a temporary add-on, driven over WebDriver
 * BiDi by puppeteer-core. Fixture pages are served at real Seller Central URLs by request
 * interception, and extension pages open at moz-extension://<uuid>/….
 *
 * Firefox differences this module absorbs (each is a comment where it is handled):
 * - BiDi refuses to navigate a tab to a moz-extension:// URL unless Firefox runs with
 *   -remote-allow-system-access, and puppeteer then never sees that navigation finish.
 * - The extension's UUID is random per profile: the profile pins it with a pref instead.
 * - The background is an event page, not a service worker: tests reach it through
 *   runtime.getBackgroundPage() from an extension page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CreatePageOptions, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT, readFixture } from '../../support/extension-browser';
import { ensureFirefox } from '../../support/find-firefox';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const GECKO_ID = 'seller-central-companion@companion.invalid';
/** Any fixed UUID: Firefox reads it from `extensions.webextensions.uuids` when the add-on installs. */
export const EXTENSION_UUID = '5c1d3a52-6b7e-4f0a-9d3e-0c2b8f7a1e11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

type Area = 'sync' | 'local' | 'session';
type Route = (url: URL) => string | null;

export interface FirefoxExtension {
  readonly browser: Browser;
  /** Where Firefox saves downloads, without asking. */
  readonly downloads: string;
  /** Serves `html` at an exact URL (the last one served for a URL wins). */
  serve(url: string, html: string): void;
  serveFixture(url: string, fixture: string): void;
  /** Answers any request `route` returns HTML for. */
  route(route: Route): void;
  /** A Seller Central page (served by the test), in front. */
  openSellerCentral(url: string): Promise<Page>;
  openExtensionPage(path: string, options?: CreatePageOptions): Promise<Page>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  storage(area: Area): Promise<Record<string, unknown>>;
  setStorage(area: Area, items: Record<string, unknown>): Promise<void>;
  /** Runs `fn` in a hidden extension page, where `browser.*` is the extension's API. */
  inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T>;
  close(): Promise<void>;
}

/** Prefs for a test profile: no prompts in the way, nothing calling home. */
const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // permissions.request() answers yes without a doorhanger the test could not click.
  'extensions.webextOptionalPermissionPrompts': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
};

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const executablePath = ensureFirefox();
  const downloads = mkdtempSync(join(tmpdir(), 'scc-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { ...PREFS, 'browser.download.dir': downloads },
    defaultViewport: { width: 1280, height: 800 },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const exact = new Map<string, string>();
  const routes: Route[] = [(url) => exact.get(url.href) ?? null];
  const answer = (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
    for (const route of [...routes].reverse()) {
      const body = route(url);
      if (body !== null) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    // Nothing reaches the network: a request no fixture answers is refused.
    return request.abort('blockedbyclient');
  };

  /**
   * A new tab; a new window when Firefox cannot add a tab. Firefox 140 ESR answers
   * browsingContext.create with "TabManager.getTabBrowser(...) is undefined" once a notification
   * was shown headless (the follow-up alarm test): the window it would add the tab to is gone.
   */
  async function newPage(options: CreatePageOptions = {}): Promise<Page> {
    try {
      return await browser.newPage(options);
    } catch (error) {
      if (!String(error).includes('getTabBrowser')) throw error;
      return browser.newPage({ ...options, type: 'window' });
    }
  }

  /** Reports the new page before loading it, so a load that never ends can still be closed. */
  async function openSellerCentralOnce(url: string, opened: (page: Page) => void = () => undefined): Promise<Page> {
    const page = await newPage();
    opened(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => void answer(request));
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  /**
   * A Seller Central page, opened again in a fresh tab when the first try has not loaded within
   * 20 s: with six pages opened at once, Firefox 140 ESR over BiDi now and then never answers one
   * (the whole test then stood still until its 60 s timeout, on a different batch each time).
   */
  async function openSellerCentral(url: string): Promise<Page> {
    let page: Page | undefined;
    const first = openSellerCentralOnce(url, (opened) => {
      page = opened;
    });
    const late = Symbol('late');
    const outcome = await Promise.race([first, new Promise<typeof late>((r) => setTimeout(() => r(late), 20_000))]);
    if (outcome !== late) return outcome;
    console.warn(`[firefox e2e] ${url} did not load within 20 s; opening it in a new tab`);
    // The stuck tab goes now, or as soon as Firefox hands it over.
    const stuck = page ? Promise.resolve(page) : first;
    void stuck.then((tab) => tab.close()).catch(() => undefined);
    return openSellerCentralOnce(url);
  }

  async function openExtensionPage(path: string, options: CreatePageOptions = {}): Promise<Page> {
    const page = await newPage(options);
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // puppeteer never sees a moz-extension navigation finish: start it, then wait for the document.
    const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string): Promise<void> } })
      .browsingContext;
    await context.navigate(url);
    const end = Date.now() + 15_000;
    while (
      (await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')) !== `${url} complete`
    ) {
      if (Date.now() > end) throw new Error(`Firefox did not open ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return page;
  }

  // A quiet extension page (the PoA workspace does nothing until asked) for storage and clock
  // calls, opened first: every page a test opens later is used more recently, so the popup's
  // "tab the seller was looking at" is never this one.
  const helper = await openExtensionPage('poa.html?market=US');
  async function inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T> {
    // Typed by our signature: puppeteer cannot infer through the generic argument.
    return helper.evaluate(fn as never, arg as never) as Promise<T>;
  }

  return {
    browser,
    downloads,
    serve: (url, html) => void exact.set(new URL(url).href, html),
    serveFixture: (url, fixture) => void exact.set(new URL(url).href, readFixture(fixture)),
    route: (route) => void routes.push(route),
    openSellerCentral,
    openExtensionPage,
    openPopup: () => openExtensionPage('popup.html'),
    openOptions: () => openExtensionPage('options.html'),
    storage: (area) => inExtension((a) => (globalThis as unknown as InExtension).browser.storage[a].get(null), area),
    setStorage: (area, items) =>
      inExtension(([a, i]) => (globalThis as unknown as InExtension).browser.storage[a].set(i), [area, items] as const),
    inExtension,
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** An extension page's globals, as seen inside page.evaluate (cast `globalThis` to it there). */
export interface InExtension {
  browser: ExtensionApi;
}

export interface ExtensionApi {
  storage: Record<
    Area,
    {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
      clear(): Promise<void>;
      getBytesInUse?(keys: null): Promise<number>;
    }
  >;
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  runtime: { getBackgroundPage(): Promise<Window & typeof globalThis> };
}
