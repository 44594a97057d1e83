import { sendMessage } from '@/lib/messaging';
import { pageContextOf } from '@/lib/pages';
import type { Feature } from '../feature';

/** Tells the background which Seller Central page this tab shows, again after SPA navigation. */
export const pageReport: Feature = {
  id: 'page-report',
  init(ctx, page) {
    const report = (url: string) => {
      const current = pageContextOf(url);
      if (!current || ctx.isInvalid) return;
      sendMessage('reportPage', { host: current.marketplace.host, kind: current.kind, url: current.url }).catch(() => {
        // The extension was reloaded or updated: this old script simply stops talking.
      });
    };
    report(page.url);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => report(event.newUrl.href));
    return true;
  },
};
