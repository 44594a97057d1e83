import { defineFeature } from '@/lib/content-script/feature';
import { sendMessage } from '@/lib/messaging';
import type { PageContext } from '@/lib/pages';

/** Tells the background which Seller Central page this tab shows, again after SPA navigation. */
export const pageReport = defineFeature({
  id: 'page-report',
  include: 'every-page',
  init(ctx, page) {
    const report = (current: PageContext) => {
      if (ctx.isInvalid) return;
      sendMessage('reportPage', { marketplace: current.marketplace.code, kind: current.kind, url: current.url }).catch(
        () => {
          // The extension was reloaded or updated: this old script simply stops talking.
        },
      );
    };
    report(page);
    return { navigated: report };
  },
});
