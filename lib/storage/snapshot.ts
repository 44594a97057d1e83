/**
 * A storage snapshot: WXT-style keys (`sync:…`, `local:…`) to raw stored values, `$` version
 * records included. Backups and case reads both work on one; this is the one place that builds it.
 * No zod here: the worker reads cases through it.
 */
import { browser } from 'wxt/browser';

export type StorageSnapshot = Readonly<Record<string, unknown>>;

/** Builds a snapshot from what `browser.storage.sync.get(…)` and `local.get(…)` returned. */
export function storageSnapshot(areas: {
  readonly sync?: Readonly<Record<string, unknown>>;
  readonly local?: Readonly<Record<string, unknown>>;
}): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const [area, items] of Object.entries(areas)) {
    for (const [name, value] of Object.entries(items ?? {})) snapshot[`${area}:${name}`] = value;
  }
  return snapshot;
}

/** Both persistent areas, whole (session holds nothing a backup or a case read needs). */
export async function takeSnapshot(): Promise<Record<string, unknown>> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  return storageSnapshot({ sync, local });
}
