/**
 * What the reliability tests do to the extension itself: stop its service worker, reload it,
 * make a storage area refuse writes in one context, send a protocol message as a page of the
 * extension would, and read its notifications.
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../../../support/extension-browser';

/** Chrome's own words for a refused sync write (see lib/storage/area-errors.ts). */
export const QUOTA_BYTES_ERROR = 'QUOTA_BYTES quota exceeded';
export const WRITE_RATE_ERROR = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';

type Context = Page | Worker;

/** Page and Worker evaluate alike; TypeScript cannot call a union of their overloads. */
const evaluator = (target: Context) => target as Page;

/**
 * From now on, in this context only, `chrome.storage.<area>.set` refuses every write with
 * `message` and counts the refusals. Works for promise callers and for the polyfill's callback
 * calls (a throw inside its promise executor rejects the promise). Lasts until `allowWrites` or
 * until the context goes away (a stopped worker forgets it).
 */
export async function refuseWrites(target: Context, area: 'sync' | 'local', message: string): Promise<void> {
  await evaluator(target).evaluate(
    ([areaName, text]) => {
      type Area = { set: (...args: unknown[]) => unknown; __sccOriginalSet?: unknown; __sccRefused?: number };
      const storage = (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome.storage[
        areaName
      ] as Area;
      storage.__sccOriginalSet ??= storage.set;
      storage.__sccRefused ??= 0;
      storage.set = (...args: unknown[]) => {
        storage.__sccRefused = (storage.__sccRefused ?? 0) + 1;
        if (typeof args[args.length - 1] === 'function') throw new Error(text);
        return Promise.reject(new Error(text));
      };
    },
    [area, message] as const,
  );
}

/** Restores the real `set` and returns how many writes were refused meanwhile. */
export async function allowWrites(target: Context, area: 'sync' | 'local'): Promise<number> {
  return evaluator(target).evaluate((areaName) => {
    type Area = { set: unknown; __sccOriginalSet?: unknown; __sccRefused?: number };
    const storage = (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome.storage[
      areaName
    ] as Area;
    const refused = storage.__sccRefused ?? 0;
    if (storage.__sccOriginalSet) storage.set = storage.__sccOriginalSet;
    delete storage.__sccOriginalSet;
    delete storage.__sccRefused;
    return refused;
  }, area);
}

/** The service worker as it runs now (a stopped and restarted worker is a new Worker object). */
export function currentWorker(browser: ExtensionBrowser): Worker {
  return (
    browser.context.serviceWorkers().find((worker) => worker.url().includes(browser.extensionId)) ?? browser.worker
  );
}

/** Stops every service worker through CDP from an extension page; the next event starts it again, globals gone. */
export async function stopServiceWorker(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * A message in the extension's protocol (@webext-core/messaging's envelope), sent from an
 * extension page. Resolves to the handler's result; rejects with the handler's or the port's error.
 */
export async function sendProtocolMessage(page: Page, type: string, data: unknown): Promise<unknown> {
  const outcome = await page.evaluate(
    ([messageType, messageData]) =>
      new Promise<{ res?: unknown; err?: unknown; port?: string }>((resolve) => {
        const api = (globalThis as unknown as { chrome: { runtime: ChromeRuntime } }).chrome.runtime;
        const message = {
          id: Math.floor(Math.random() * 1e9),
          type: messageType,
          data: messageData,
          timestamp: Date.now(),
        };
        api.sendMessage(message, (response) => {
          const error = api.lastError;
          resolve(error ? { port: error.message ?? 'port closed' } : (response ?? { port: 'no response' }));
        });
      }),
    [type, data] as const,
  );
  if (outcome.port !== undefined) throw new Error(outcome.port);
  if (outcome.err !== undefined) throw new Error(JSON.stringify(outcome.err));
  return outcome.res;
}

interface ChromeRuntime {
  sendMessage(message: unknown, callback: (response?: { res?: unknown; err?: unknown }) => void): void;
  readonly lastError?: { message?: string };
}

/** The ids of the notifications the extension shows now, read from an extension page. */
export async function notificationIds(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        (
          globalThis as unknown as { chrome: { notifications: { getAll(cb: (all: object) => void): void } } }
        ).chrome.notifications.getAll((all) => resolve(Object.keys(all))),
      ),
  );
}

/**
 * Chromium disables an extension loaded with --load-extension when it reloads itself, unless
 * developer mode is on: switch it on, as a developer would before reloading an unpacked build.
 */
export async function enableDeveloperMode(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions');
    const toggle = page.locator('#devMode');
    if (!(await toggle.isChecked())) await toggle.click();
    if (!(await toggle.isChecked())) throw new Error('developer mode did not switch on');
  } finally {
    await page.close();
  }
}

/** Reloads the extension (chrome.runtime.reload from one of its pages) and waits for its new service worker. */
export async function reloadExtension(browser: ExtensionBrowser): Promise<Worker> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const restarted = browser.context.waitForEvent('serviceworker', {
    predicate: (worker) => worker.url().includes(browser.extensionId),
    timeout: 20_000,
  });
  // Deferred, so the evaluate returns before the reload closes this page.
  await page.evaluate(() => {
    setTimeout(
      () => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      50,
    );
  });
  const worker = await restarted;
  await page.close().catch(() => undefined);
  return worker;
}

/** Every key of an area, read through the worker running now. */
export async function storageKeys(browser: ExtensionBrowser, area: 'sync' | 'local' | 'session'): Promise<string[]> {
  return Object.keys(await browser.storage(area));
}

/** An area's whole content read from an extension page: works while the worker is stopped or restarting. */
export async function readArea(
  extensionPage: Page,
  area: 'sync' | 'local' | 'session',
): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(
    (name) =>
      (
        globalThis as unknown as {
          chrome: { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>> }> };
        }
      ).chrome.storage[name]?.get(null) ?? Promise.resolve({}),
    area,
  );
}
