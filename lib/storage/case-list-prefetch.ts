/**
 * The storage behind the popup's case list, read while the popup's shell draws. The Cases
 * tab's code loads only when the seller opens the tab; if its read started only then, the
 * seller would wait for the code and then for storage, one after the other.
 *
 * Raw storage and nothing else (no zod, no Preact): it ships in the popup's first chunk. The
 * tab validates what it takes with collectStoredCases, as it validates a read of its own.
 */
import { browser } from 'wxt/browser';

/** Local keys that hold a case record: one moved out of sync, or one waiting to go there. */
const LOCAL_RECORD_KEY = /^(caseRecord:|syncFallback:case:)/;
/** A change to any of these makes an early read stale. */
const RECORD_KEY = /^(case:|caseRecord:|syncFallback:case:)/;

/** Chrome 130+ lists keys without reading values; elsewhere null. */
async function localKeys(): Promise<string[] | null> {
  const area = browser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
  try {
    return typeof area.getKeys === 'function' ? await area.getKeys() : null;
  } catch {
    return null;
  }
}

/**
 * The sync area and the local case records, keyed as a storage snapshot (`sync:…`, `local:…`).
 * Sync is read while local's keys are listed. Without a key list, all of local is read (the
 * logs too: slower, same result).
 */
export async function readCaseRecordSnapshot(): Promise<Record<string, unknown>> {
  const [sync, keys] = await Promise.all([browser.storage.sync.get(null), localKeys()]);
  const local = await browser.storage.local.get(
    keys === null ? null : keys.filter((key) => LOCAL_RECORD_KEY.test(key)),
  );
  const snapshot: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(sync)) snapshot[`sync:${name}`] = value;
  for (const [name, value] of Object.entries(local)) snapshot[`local:${name}`] = value;
  return snapshot;
}

let early: Promise<Record<string, unknown>> | null = null;

function discardIfStale(changes: Record<string, unknown>, area: string): void {
  if (area !== 'session' && Object.keys(changes).some((key) => RECORD_KEY.test(key))) takeCaseRecordSnapshot();
}

/** Starts the early read (once); a case change before it is taken discards it. */
export function prefetchCaseRecordSnapshot(): void {
  if (early) return;
  early = readCaseRecordSnapshot();
  early.catch(() => undefined);
  browser.storage.onChanged.addListener(discardIfStale);
}

/** The early read, once: null when none was started, it was taken, or a case changed since. */
export function takeCaseRecordSnapshot(): Promise<Record<string, unknown>> | null {
  const taken = early;
  early = null;
  browser.storage.onChanged.removeListener(discardIfStale);
  return taken;
}
