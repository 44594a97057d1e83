import { browser } from 'wxt/browser';

/**
 * The tab the seller is looking at. In the toolbar popup that is the active tab. When the
 * popup page is itself open in a tab (keyboard users, tests), it is the most recently used
 * other tab of the window.
 */
export async function findSubjectTabId(): Promise<number | null> {
  return (await findSubjectTab())?.id ?? null;
}

export interface SubjectTab {
  readonly id: number;
  /** True when the seller is looking at it now; false when it is only the tab used last. */
  readonly inFront: boolean;
  /** Visible only where the extension has host access (Seller Central); undefined elsewhere. */
  readonly url: string | undefined;
}

export async function findSubjectTab(): Promise<SubjectTab | null> {
  const [own, tabs] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.query({ currentWindow: true })]);
  const candidates = tabs.filter((tab) => tab.id !== undefined && tab.id !== own?.id);
  const active = candidates.find((tab) => tab.active);
  const chosen = active ?? candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (chosen?.id === undefined) return null;
  return { id: chosen.id, inFront: chosen === active, url: chosen.url ?? chosen.pendingUrl };
}
