/**
 * What the Cases tab needs first, read as the popup opens (App starts it after its first
 * paint): the case records, the settings and the list's code. Fetching and compiling that code
 * took as long as drawing the rows; started here, it is ready (or nearly) when "Cases" is
 * clicked. The editor and add form are separate chunks the tab fetches once its list is shown.
 */
import { prefetchCaseRecordSnapshot } from '@/lib/storage/case-list-prefetch';
import { type Settings, settingsItem } from '@/lib/storage/items/settings';

let settings: Promise<Settings> | null = null;
let stopWatching: (() => void) | null = null;

export function prefetchCasesTab(): void {
  prefetchCaseRecordSnapshot();
  // The same module App's Cases panel imports: the browser fetches and evaluates it once. Once
  // loaded, it validates the early records, so opening the tab only draws.
  void import('../CasesTab').then(
    (tab) => tab.prepareRecords(),
    () => undefined,
  );
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
