import { defineFeature } from '@/lib/content-script/feature';
import { pageReportOf, pageSetup } from '@/lib/content-script/page-setup';
import { sendMessage } from '@/lib/messaging';
import type { PageContext } from '@/lib/pages';

/**
 * Tells the background which Seller Central page this tab shows: with the page's first message
 * (page-setup.ts, which detection shares), and again after each SPA navigation.
 */
export const pageReport = defineFeature({
  id: 'page-report',
  include: 'every-page',
  init(ctx, page) {
    // The extension was reloaded or updated: this old script simply stops talking.
    const stopped = () => undefined;
    pageSetup(ctx, page).setup.catch(stopped);
    const report = (current: PageContext) => {
      if (ctx.isInvalid) return;
      sendMessage('reportPage', pageReportOf(current)).catch(stopped);
    };
    return { navigated: report };
  },
});
