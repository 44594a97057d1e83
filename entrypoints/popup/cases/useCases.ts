import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CaseDetail } from '@/lib/cases/model';
import type { NewerCase, StoredCase } from '@/lib/cases/stored-case';
import { caseDetailIdOf, isCaseRecordKey } from '@/lib/storage/case-keys';
import { readCaseDetails } from '@/lib/storage/case-store';
import type { Settings } from '@/lib/storage/items/settings';
import { watchStorage } from '@/lib/storage/watch';
import { earlySettings, recordsRead } from './early';

/**
 * Cases whose notes and logs one read asks for. All logs at once is one long read (about a
 * second on a busy machine for 500 cases) that holds up every other storage call, the next
 * popup's included; in small reads others get their turn, and a closed popup stops reading.
 */
const DETAIL_BATCH = 50;

/** The settings: the popup's early read (early.ts) when it is still fresh; the tab watches them from then on. */
export function loadSettings(): Promise<Settings> {
  return earlySettings.load();
}

/**
 * Every stored case. Records come first (the list draws from them), the notes and logs right
 * after; later changes re-read only what changed: records, or the details of the changed cases.
 */
export function useStoredCases(): {
  cases: ReadonlyMap<string, StoredCase> | undefined;
  newer: readonly NewerCase[];
  error: unknown;
} {
  const [records, setRecords] = useState<ReadonlyMap<string, StoredCase>>();
  const [newer, setNewer] = useState<readonly NewerCase[]>([]);
  const [details, setDetails] = useState<ReadonlyMap<string, CaseDetail | null>>(new Map());
  const [error, setError] = useState<unknown>();

  // Started as the tab is committed, not a frame later: the list is what the seller opened it for.
  useLayoutEffect(() => {
    let active = true;
    let reading: Promise<unknown> = Promise.resolve();
    // One read at a time, in order: a slow read must never overwrite a newer one.
    const queue = (task: () => Promise<unknown>) => {
      reading = reading.then(task).catch((failure: unknown) => active && setError(failure));
    };
    let recordIds: readonly string[] = [];
    const loadRecords = () =>
      queue(async () => {
        const stored = await recordsRead.load();
        recordIds = [...stored.cases.keys()];
        if (!active) return;
        setRecords(stored.cases);
        setNewer(stored.newer);
      });
    const loadDetails = (ids: string[]) =>
      queue(async () => {
        const fresh = await readCaseDetails(ids);
        if (active) setDetails((current) => new Map([...current, ...fresh]));
      });
    // Every record's details, shown together (one new search index, not one per read).
    const loadAllDetails = () =>
      queue(async () => {
        const fresh = new Map<string, CaseDetail | null>();
        for (let start = 0; active && start < recordIds.length; start += DETAIL_BATCH)
          for (const [id, detail] of await readCaseDetails(recordIds.slice(start, start + DETAIL_BATCH)))
            fresh.set(id, detail);
        if (active) setDetails(fresh);
      });
    loadRecords();
    // The logs are a large read: it waits until the list is drawn and the popup is idle.
    const idle = requestIdleCallback(loadAllDetails, { timeout: 500 });
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
  return { cases, newer, error };
}
