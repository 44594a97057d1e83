import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { noticeRowsIn, policyRowsIn } from '@/lib/account-health/page-rows.dom';
import { defineFeature } from '@/lib/content-script/feature';
import { whenIdle } from '@/lib/content-script/page-messages';
import { isOwnUi } from '@/lib/detect/evidence.dom';
import { sendMessage } from '@/lib/messaging';
import type { PageContext } from '@/lib/pages';

/** Quiet time after the page's last change before it is read again: Seller Central fills its lists late. */
const SETTLE_MS = 600;
/** A page still changing this long after it opened is read no more (a ticker, a live widget). */
const WATCH_MS = 60_000;

/**
 * Keeps what Account Health and Performance Notifications list (issue #18): the count under each
 * policy, and each notification's title and date. The page is read when it settles and each time
 * its list changes; the worker dates, keeps and compares the rows.
 */
export const healthRecords = defineFeature({
  id: 'health-records',
  include: ['account-health', 'performance-notifications'],
  async init(ctx, page) {
    await whenIdle(ctx);
    if (ctx.isInvalid) return false;
    const reader = new PageRowsReader(ctx);
    reader.start(page);
    return { navigated: (next) => reader.start(next), standDown: () => reader.stop() };
  },
});

class PageRowsReader {
  private page: PageContext | undefined;
  private sent = '';
  private timer: number | undefined;
  private stopAt = 0;
  private readonly observer = new MutationObserver(() => this.soon());

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.stop());
  }

  start(page: PageContext): void {
    this.stop();
    this.page = page;
    this.sent = '';
    this.stopAt = Date.now() + WATCH_MS;
    this.read();
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  private soon(): void {
    // Past the watch, this last change is still read; no further one is.
    if (Date.now() > this.stopAt) this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => this.read(), SETTLE_MS);
  }

  private read(): void {
    const page = this.page;
    if (!page || this.ctx.isInvalid || !document.body) return;
    const rows =
      page.kind === 'account-health'
        ? { policies: policyRowsIn(document.body, isOwnUi) }
        : { notices: noticeRowsIn(document.body, isOwnUi) };
    if ((rows.policies ?? rows.notices ?? []).length === 0) return;
    const key = JSON.stringify(rows);
    if (key === this.sent) return;
    this.sent = key;
    sendMessage('recordHealthPage', { marketplace: page.marketplace.code, ...rows }).catch(() => {
      // The extension was reloaded or updated: this old script simply stops talking.
    });
  }
}
