/**
 * The page's first message to the worker, asked once per page and shared by the features that
 * need it: it tells the worker which Seller Central page the tab shows (page-report) and brings
 * back what detection needs before it scans (account-state). One message instead of two on every
 * Seller Central load (issue #14). After a navigation the page is reported with `reportPage`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type DetectionSetup, sendMessage } from '@/lib/messaging';
import type { PageContext } from '@/lib/pages';
import { askBackground } from './ask-background';
import { languagesOfThisPage } from './page-languages.dom';

let asked: { readonly page: PageContext; readonly setup: Promise<DetectionSetup> } | undefined;

/** The worker's setup for this page; asked at the first call, the same answer after it. */
export function pageSetup(ctx: ContentScriptContext, page: PageContext): Promise<DetectionSetup> {
  if (asked?.page !== page) {
    const { marketplace, kind, url } = page;
    const request = { marketplace: marketplace.code, kind, url, languages: languagesOfThisPage(marketplace) };
    // Without the rating's words the scan misses the widget: a worker stopped mid-answer is asked again.
    asked = { page, setup: askBackground(ctx, () => sendMessage('getDetectionSetup', request)) };
  }
  return asked.setup;
}
