import { browser } from 'wxt/browser';
import { isMarketplaceCode } from '@/lib/marketplaces';
import { onMessage, type PageReport } from '@/lib/messaging';
import { tabReports } from '@/lib/storage/items/tabs';

/**
 * Keeps which page a tab shows. Only a content script in a real tab on a Seller Central
 * marketplace may report; the report is its first message (getDetectionSetup) and each
 * `reportPage` after a navigation.
 */
export async function recordTabReport(
  report: PageReport,
  sender: { readonly tab?: { readonly id?: number } },
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isMarketplaceCode(report.marketplace)) return;
  const { marketplace, kind, url } = report;
  await tabReports.item(String(tabId)).set({ marketplace, kind, url, at: Date.now() });
}

/** Keeps, per tab, what the content script reported, and answers the popup's questions about it. */
export function registerTabStatusHandlers(): void {
  onMessage('reportPage', ({ data, sender }) => recordTabReport(data, sender));

  onMessage('getTabStatus', async ({ data: tabId }) => {
    const report = await tabReports.item(String(tabId)).get();
    // Only this session's reports are stored, and the worker stores codes only; the check narrows the type.
    return report && isMarketplaceCode(report.marketplace) ? { ...report, marketplace: report.marketplace } : null;
  });

  // A new document in the tab makes the old report stale; its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void tabReports.item(String(tabId)).remove();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabReports.item(String(tabId)).remove();
  });
}
