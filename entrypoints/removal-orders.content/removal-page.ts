import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/lib/content-script/ask-background';
import { languagesOfThisPage } from '@/lib/content-script/page-languages.dom';
import { type MessageLookup, pageMessages, whenIdle } from '@/lib/content-script/page-messages';
import { type ChangeBatch, ChangeWatcher } from '@/lib/dom/change-watcher.dom';
import type { Marketplace } from '@/lib/marketplaces';
import { sendMessage } from '@/lib/messaging';
import type { PageContext } from '@/lib/pages';
import { isOwnElement } from '@/lib/removal/dom-text.dom';
import { isRowOrSilent } from '@/lib/removal/table-scan.dom';

/**
 * What the removal features share on a page, opened by the first of them to start: the words
 * (one message to the background, sent when a feature first has something to show) and one
 * change watcher, so a 2,000-row table is observed once.
 */
export interface RemovalPage {
  /** The `removal_*` words, asked for on the first call. */
  words(): Promise<MessageLookup>;
  /** Hears every batch of the page's changes; a listener that throws misses that batch alone. */
  onChange(listener: (batch: ChangeBatch) => void): void;
  /** Runs our own DOM changes (badges going in) unobserved. */
  quietly(work: () => void): void;
}

/**
 * Only changes that can alter what an order says: a hover that toggles a class is no batch on a
 * 2,000-row table. These are the attributes Katal renders as text.
 */
const ORDER_TEXT_ATTRIBUTES = ['label', 'text', 'header'];

const opened = new WeakMap<ContentScriptContext, Promise<RemovalPage | null>>();

/** The page's shared removal state, at idle; null once the extension is gone. */
export function removalPage(ctx: ContentScriptContext, page: PageContext): Promise<RemovalPage | null> {
  let shared = opened.get(ctx);
  if (!shared) {
    shared = open(ctx, page.marketplace);
    opened.set(ctx, shared);
  }
  return shared;
}

async function open(ctx: ContentScriptContext, marketplace: Marketplace): Promise<RemovalPage | null> {
  await whenIdle(ctx);
  if (ctx.isInvalid) return null;
  let words: Promise<MessageLookup> | undefined;
  const listeners: Array<(batch: ChangeBatch) => void> = [];
  const watcher = new ChangeWatcher(
    ctx,
    { attributes: ORDER_TEXT_ATTRIBUTES, isOwn: isOwnElement, skipsShadowsIn: isRowOrSilent },
    (batch) => {
      for (const listener of listeners) {
        try {
          listener(batch);
        } catch (error) {
          console.warn('[Seller Central Companion] removal badges stopped for this change:', error);
        }
      }
    },
  );
  watcher.observeTree(document);
  return {
    words: () => {
      words ??= loadMessages(ctx, marketplace);
      return words;
    },
    onChange: (listener) => listeners.push(listener),
    quietly: (work) => watcher.quietly(work),
  };
}

/**
 * The `removal_*` messages in the seller's UI language ("auto": the page's own language); the
 * browser's own locale when the background is away.
 */
async function loadMessages(ctx: ContentScriptContext, marketplace: Marketplace): Promise<MessageLookup> {
  const request = { marketplace: marketplace.code, languages: languagesOfThisPage(marketplace) };
  const setup = await askBackground(ctx, () => sendMessage('getRemovalText', request)).catch(() => null);
  return pageMessages(setup?.messages ?? {});
}
