/**
 * What the Cases tab needs first, read as the popup opens (App starts it in the task after its
 * first render): the case records, the settings and the list's code. Fetching and compiling that
 * code took as long as drawing the rows; started here, it is ready (or nearly) when "Cases" is
 * clicked. The records are validated here, in the popup's first chunk, while the tab's code is
 * still on its way: validating 500 records in a fresh page takes ~10 ms, which used to start only
 * once that code had arrived (click to rows, median of 15: 28 ms before, 23 ms after). The editor
 * and add form are separate chunks the tab fetches once its list is shown.
 */
import { earlyRead } from '@/lib/early-read';
import { onCaseRecordChange, readCaseRecords } from '@/lib/storage/case-records';
import { settingsItem } from '@/lib/storage/items/settings';

/** A settings change before the tab opens makes the early read stale. */
export const earlySettings = earlyRead(settingsItem.get, { staleWhen: settingsItem.watch });

/** The records, read and validated early; a case change before the tab takes them discards them. */
export const recordsRead = earlyRead(readCaseRecords, { staleWhen: onCaseRecordChange });

export function prefetchCasesTab(): void {
  recordsRead.start();
  // The same module App's Cases panel imports: the browser fetches and evaluates it once.
  void import('../CasesTab').catch(() => undefined);
  earlySettings.start();
}
