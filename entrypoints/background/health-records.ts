import { noticeDayOf } from '@/lib/account-health/notice-date';
import { nextPerformanceNotices } from '@/lib/account-health/performance-notices';
import { nextPolicyHistory, type PolicyRise } from '@/lib/account-health/policy-history';
import { noticeListOf, policyListOf } from '@/lib/account-health/row-cells';
import { marketplaceCodeOf } from '@/lib/marketplaces';
import { type HealthPageReport, onMessage } from '@/lib/messaging';
import { createSerialQueue } from '@/lib/serial';
import { performanceNotices, policyHistories } from '@/lib/storage/items/account-health';
import { noteChange } from './changes';

const serially = createSerialQueue();

/**
 * Keeps what Account Health and Performance Notifications list (issue #18): each policy's
 * count, with every change, and each notification with its title and date, as read from the
 * rows the page sent (lib/account-health/row-cells.ts). A count going up is a change
 * for the worse, said once like a new state.
 */
export async function recordHealthPage(report: HealthPageReport, at: number): Promise<void> {
  const { marketplace } = report;
  let rises: PolicyRise[] = [];
  await serially(async () => {
    if (report.policies) {
      const item = policyHistories.item(marketplace);
      const next = nextPolicyHistory(await item.get(), policyListOf(report.policies), at);
      if (next) {
        await item.set(next.history);
        rises = next.rises;
      }
    }
    if (report.notices) {
      const item = performanceNotices.item(marketplace);
      const shown = noticeListOf(report.notices).map((notice) => ({
        ...notice,
        day: noticeDayOf(notice.shown, marketplace),
      }));
      const next = nextPerformanceNotices(await item.get(), shown, at);
      if (next) await item.set(next.history);
    }
  });
  for (const rise of rises) await noteChange({ marketplace, at, policy: rise.name, from: rise.from, to: rise.to });
}

/** Resolves once every report queued so far is kept (tests). */
export const healthRecordsIdle = () => serially(() => Promise.resolve());

export function registerHealthRecordHandlers(): void {
  onMessage('recordHealthPage', async ({ data, sender }) => {
    // The frame that sent it names the marketplace: a page reports only its own.
    const marketplace = marketplaceCodeOf(sender.url ?? sender.tab?.url ?? '');
    if (!marketplace || marketplace !== data.marketplace) return;
    await recordHealthPage(data, Date.now()).catch((error) =>
      console.error('[scc] keeping the page rows failed', error),
    );
  });
}
