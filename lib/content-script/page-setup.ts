/**
 * The page's first message to the worker, asked once per page and shared by the features that
 * need it: it tells the worker which Seller Central page the tab shows (page-report) and brings
 * back what detection needs before it scans (account-state). One message instead of two on every
 * Seller Central load (issue #14). After a navigation the page is reported with `reportPage`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type DetectionSetup, type PageReport, sendMessage } from '@/lib/messaging';
import type { PageContext } from '@/lib/pages';
import { askBackground } from './ask-background';
import { languagesOfThisPage } from './page-languages.dom';

export interface PageSetup {
  /** The languages the page may be written in, as the worker was asked for them. */
  readonly languages: readonly string[];
  readonly setup: Promise<DetectionSetup>;
}

/** What the worker keeps of the page a tab shows: with the first message, and after each navigation. */
export const pageReportOf = ({ marketplace, kind, url }: PageContext): PageReport => ({
  marketplace: marketplace.code,
  kind,
  url,
});

let asked: { readonly page: PageContext; readonly answer: PageSetup } | undefined;

/** The worker's setup for this page; asked at the first call, the same answer after it. */
export function pageSetup(ctx: ContentScriptContext, page: PageContext): PageSetup {
  if (asked?.page !== page) {
    const languages = languagesOfThisPage(page.marketplace);
    const request = { ...pageReportOf(page), languages };
    // Without the rating's words the scan misses the widget: a worker stopped mid-answer is asked again.
    asked = { page, answer: { languages, setup: askBackground(ctx, () => sendMessage('getDetectionSetup', request)) } };
  }
  return asked.answer;
}
