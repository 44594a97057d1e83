/**
 * What the Cases tab needs first, read as the popup opens (App starts it after its first
 * paint): the case records and the settings. The tab's own code loads on first use, and
 * fetching it takes about as long as these reads; started together, the seller waits once.
 */
import { prefetchCaseRecordSnapshot } from '@/lib/storage/case-list-prefetch';
import { type Settings, settingsItem } from '@/lib/storage/items/settings';

let settings: Promise<Settings> | null = null;
let stopWatching: (() => void) | null = null;

export function prefetchCasesTab(): void {
  prefetchCaseRecordSnapshot();
  if (settings) return;
  settings = settingsItem.get();
  settings.catch(() => undefined);
  // A settings change before the tab opens makes the early read stale.
  stopWatching = settingsItem.watch(() => void takeEarlySettings());
}

/** The early settings read, once: null when none was started, it was taken, or settings changed since. */
export function takeEarlySettings(): Promise<Settings> | null {
  const taken = settings;
  settings = null;
  stopWatching?.();
  stopWatching = null;
  return taken;
}
