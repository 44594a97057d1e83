import { noticeListsIn, policyListsIn } from '@/lib/account-health/page-rows.dom';
import { defineFeature } from '@/lib/content-script/feature';
import { whenIdle } from '@/lib/content-script/page-messages';
import { sendMessage } from '@/lib/messaging';
import type { PageContext } from '@/lib/pages';

/** Quiet time after the page's last change before it is read again: Seller Central fills its lists late. */
const SETTLE_MS = 600;
/** A page still changing this long after it opened is read no more (a ticker, a live widget). */
const WATCH_MS = 60_000;

/**
 * Keeps what Account Health and Performance Notifications list (issue #18): the count under each
 * policy, and each notification's title and date. The page is read when it settles and each time
 * its list changes (Seller Central's apps replace the nodes they re-render); the worker dates,
 * keeps and compares the rows.
 */
export const healthRecords = defineFeature({
  id: 'health-records',
  include: ['account-health', 'performance-notifications'],
  async init(ctx, first) {
    await whenIdle(ctx);
    if (ctx.isInvalid) return false;
    let page = first;
    let sent = '';
    let timer: number | undefined;
    let stopAt = 0;
    // Runs only while the context is valid: its timers and the watch end with it.
    const read = () => {
      const root = document.documentElement;
      const rows =
        page.kind === 'account-health' ? { policies: policyListsIn(root) } : { notices: noticeListsIn(root) };
      const key = JSON.stringify(rows);
      // An empty list ends its JSON with "[]}": nothing to send, as when nothing changed.
      if (key.endsWith('[]}') || key === sent) return;
      sent = key;
      sendMessage('recordHealthPage', { marketplace: page.marketplace.code, ...rows }).catch(() => {
        // The extension was reloaded or updated: this old script simply stops talking.
      });
    };
    const observer = new MutationObserver((records) => {
      // The page's app renders inside its root element; what comes and goes right under <body> is
      // no list (our own card is appended there).
      if (records.every((record) => record.target === document.body)) return;
      // Past the watch, this last change is still read; no further one is.
      if (Date.now() > stopAt) observer.disconnect();
      clearTimeout(timer);
      timer = ctx.setTimeout(read, SETTLE_MS);
    });
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    const start = (next: PageContext) => {
      stop();
      // Rows already sent are not sent again on coming back: the worker has them.
      page = next;
      stopAt = Date.now() + WATCH_MS;
      read();
      observer.observe(document.documentElement, { childList: true, subtree: true });
    };
    ctx.onInvalidated(stop);
    start(first);
    return { navigated: start, standDown: stop };
  },
});
