/**
 * Real Chromium with the built extension loaded, fixture pages served at real Seller
 * Central URLs by request routing, and helpers to reach the popup, options page and the
 * service worker. Shared by the e2e tests, the demo and the benchmarks.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from './find-chromium';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURE_DIR = join(ROOT, 'test/fixtures/pages');

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly worker: Worker;
  /** Serves `html` (or a fixture file's content) at an exact URL. */
  serve(url: string, html: string): Promise<void>;
  serveFixture(url: string, fixture: string): Promise<void>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  storage(area: 'sync' | 'local' | 'session'): Promise<Record<string, unknown>>;
  setStorage(area: 'sync' | 'local' | 'session', items: Record<string, unknown>): Promise<void>;
  /**
   * Sets the worker's clock (`Date.now`) to `at`: what it keeps is stamped with its own time, so
   * that is the clock that decides a reading's day or a deadline's start.
   */
  setWorkerClock(at: number): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly headless?: boolean;
  readonly locale?: string;
  readonly colorScheme?: 'light' | 'dark';
  /** Another built extension instead of this one (the bench's empty control extension). */
  readonly extensionDir?: string;
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/**
 * A fixture with each `[from, to]` replaced once; throws when a `from` is not in it, so a changed
 * fixture fails loudly instead of quietly serving a page without the edit.
 */
export function editedFixture(name: string, edits: ReadonlyArray<readonly [string, string]>): string {
  let html = readFixture(name);
  for (const [from, to] of edits) {
    if (!html.includes(from)) throw new Error(`fixture ${name} changed: no ${JSON.stringify(from)}`);
    html = html.replace(from, to);
  }
  return html;
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = ensureChromium();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'scc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Newer Chromium builds hide --load-extension behind this feature switch.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      // This machine has no internet: keep Chromium from calling home on its own.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  // Nothing reaches the network: any web request no fixture answers is refused. Extension
  // resources (chrome-extension://) are left alone.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('blockedbyclient'),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  async function serve(url: string, html: string): Promise<void> {
    await context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
  const currentWorker = () => context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? worker;

  return {
    context,
    extensionId,
    worker,
    serve,
    serveFixture: (url, fixture) => serve(url, readFixture(fixture)),
    openPopup: () => extensionPage('popup.html'),
    openOptions: () => extensionPage('options.html'),
    storage: (area) => currentWorker().evaluate((a) => chrome.storage[a].get(null), area),
    setStorage: (area, items) => currentWorker().evaluate(([a, i]) => chrome.storage[a].set(i), [area, items] as const),
    setWorkerClock: (at) =>
      currentWorker().evaluate((fixed) => {
        Date.now = () => fixed;
      }, at),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Only the calls these helpers make inside the service worker.
declare const chrome: {
  storage: Record<
    'sync' | 'local' | 'session',
    { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }
  >;
};
