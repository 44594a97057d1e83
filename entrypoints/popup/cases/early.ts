/**
 * What the Cases tab needs first, read as the popup opens (App starts it in the task after its
 * first render): the case records, the settings and the list's code. Fetching and compiling that
 * code took as long as drawing the rows; started here, it is ready (or nearly) when "Cases" is
 * clicked, and it validates the early records as soon as it has loaded. The editor and add form
 * are separate chunks the tab fetches once its list is shown.
 */
import { earlyRead } from '@/lib/early-read';
import { prefetchCaseRecordSnapshot } from '@/lib/storage/case-list-prefetch';
import { settingsItem } from '@/lib/storage/items/settings';

/** A settings change before the tab opens makes the early read stale. */
export const earlySettings = earlyRead(settingsItem.get, { staleWhen: settingsItem.watch });

export function prefetchCasesTab(): void {
  prefetchCaseRecordSnapshot();
  // The same module App's Cases panel imports: the browser fetches and evaluates it once.
  void import('../CasesTab').then(
    (tab) => tab.prepareRecords(),
    () => undefined,
  );
  earlySettings.start();
}
