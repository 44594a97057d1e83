import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Looks a message up by key; undefined when no catalog has it. */
export type MessageLookup = (key: string) => string | undefined;

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The words a content script shows: those the background sent in the seller's UI language, else
 * the browser's own locale (`browser.i18n`), so a card or badge still reads while the background
 * is away (the extension reloading).
 */
export function pageMessages(sent: Readonly<Record<string, string>>): MessageLookup {
  return (key) => sent[key] ?? (browser.i18n.getMessage(key as MessageKey) || undefined);
}

/** Resolves when the page is idle, a second later at most: a content script's first scan waits for it. */
export function whenIdle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 1000 }));
}
