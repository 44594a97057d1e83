/**
 * The tab the Status tab reports on and what the worker knows about it: this tab and the
 * window's tabs at once, then, on Seller Central, the worker's report. main.tsx starts the read
 * as the popup's script runs, so it overlaps the settings read the first render waits for.
 */
import { earlyRead } from '@/lib/early-read';
import { marketplaceCodeOf } from '@/lib/marketplaces';
import { sendMessage, type TabStatus } from '@/lib/messaging';
import { findSubjectTab } from './active-tab';

export interface Subject {
  readonly tabId: number | null;
  /** The seller is looking at that tab now (the toolbar popup), not just the tab used last. */
  readonly inFront: boolean;
  readonly status: TabStatus | null;
}

async function readSubject(): Promise<Subject> {
  const tab = await findSubjectTab();
  if (tab === null) return { tabId: null, inFront: false, status: null };
  // Only Seller Central pages have reports, and only their addresses are visible to the
  // extension (its host access): for any other page the worker need not be asked, or woken.
  const onSellerCentral = tab.url !== undefined && marketplaceCodeOf(tab.url) !== undefined;
  return {
    tabId: tab.id,
    inFront: tab.inFront,
    status: onSellerCentral ? await sendMessage('getTabStatus', tab.id) : null,
  };
}

/** main.tsx starts it; the Status tab takes it. */
export const subjectRead = earlyRead(readSubject);
