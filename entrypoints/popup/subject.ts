/**
 * The tab the Status tab reports on and what the worker knows about it. Finding it takes three
 * round trips to the browser (this tab, the window's tabs, the worker's report); main.tsx starts
 * them as the popup's script runs, so they overlap the settings read that gates the first paint
 * instead of starting an effect's frame after it.
 */
import { earlyRead } from '@/components/early-read';
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
  return { tabId: tab.id, inFront: tab.inFront, status: await sendMessage('getTabStatus', tab.id) };
}

/** main.tsx starts it; the Status tab takes it. */
export const subjectRead = earlyRead(readSubject);
