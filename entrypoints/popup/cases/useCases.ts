import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaseDetail } from '@/lib/cases/model';
import type { StoredCase, StoredCases } from '@/lib/cases/stored-case';
import { caseDetailIdOf, isCaseRecordKey, readCaseDetails, readCaseRecords } from '@/lib/storage/case-store';
import { type Settings, settingsItem } from '@/lib/storage/items/settings';
import { type StorageChanges, watchStorage } from '@/lib/storage/watch';

/**
 * The records are read as the popup loads, while its shell draws, so the Cases tab has its
 * list at once. A case change before the tab opens discards this early read.
 */
let early: Promise<StoredCases> | null = readCaseRecords();
let earlySettings: Promise<Settings> | null = settingsItem.get();
early.catch(() => undefined);
earlySettings.catch(() => undefined);
function discardEarly(changes: StorageChanges): void {
  if (Object.keys(changes).some(isCaseRecordKey)) early = null;
  if (settingsItem.key in changes) earlySettings = null;
}
const stopDiscarding = watchStorage(discardEarly);

function takeEarly(): Promise<StoredCases> | null {
  const taken = early;
  early = null;
  if (earlySettings === null) stopDiscarding();
  return taken;
}

/** The settings, read early like the records; the Cases tab watches them from then on. */
export function loadSettings(): Promise<Settings> {
  const taken = earlySettings;
  earlySettings = null;
  if (early === null) stopDiscarding();
  return taken ?? settingsItem.get();
}

/**
 * Every stored case. Records come first (the list draws from them), the notes and logs right
 * after; later changes re-read only what changed: records, or the details of the changed cases.
 */
export function useStoredCases(): { cases: ReadonlyMap<string, StoredCase> | undefined; error: unknown } {
  const [records, setRecords] = useState<ReadonlyMap<string, StoredCase>>();
  const [details, setDetails] = useState<ReadonlyMap<string, CaseDetail | null>>(new Map());
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let active = true;
    let reading: Promise<unknown> = Promise.resolve();
    // One read at a time, in order: a slow read must never overwrite a newer one.
    const queue = (task: () => Promise<unknown>) => {
      reading = reading.then(task).catch((failure: unknown) => active && setError(failure));
    };
    const loadRecords = () =>
      queue(async () => {
        const stored = await (takeEarly() ?? readCaseRecords());
        if (active) setRecords(stored.cases);
      });
    const loadDetails = (ids?: string[]) =>
      queue(async () => {
        const fresh = await readCaseDetails(ids);
        if (active) setDetails((current) => new Map([...(ids ? current : []), ...fresh]));
      });
    loadRecords();
    // The logs are a large read: it waits until the list is drawn and the popup is idle.
    const idle = requestIdleCallback(() => loadDetails(), { timeout: 500 });
    const stop = watchStorage((changes) => {
      const keys = Object.keys(changes);
      if (keys.some(isCaseRecordKey)) loadRecords();
      const ids = keys.flatMap((key) => caseDetailIdOf(key) ?? []);
      if (ids.length > 0) loadDetails([...new Set(ids)]);
    });
    return () => {
      active = false;
      cancelIdleCallback(idle);
      stop();
    };
  }, []);

  const cases = useMemo(() => {
    if (!records) return undefined;
    const joined = new Map<string, StoredCase>();
    for (const [id, stored] of records) {
      const detail = details.has(id) ? (details.get(id) ?? null) : stored.detail;
      joined.set(id, detail === stored.detail ? stored : { ...stored, detail });
    }
    return joined;
  }, [records, details]);
  return { cases, error };
}
