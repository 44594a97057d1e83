/** Storage keys as `area:name`, the form @wxt-dev/storage uses. */
export type StorageArea = 'local' | 'sync' | 'session';
export type StorageKey = `${StorageArea}:${string}`;

export function splitKey(key: StorageKey): { area: StorageArea; name: string } {
  const colon = key.indexOf(':');
  return { area: key.slice(0, colon) as StorageArea, name: key.slice(colon + 1) };
}

/** Where a sync item's value waits when the sync area refuses it (quota or write rate). */
export const SYNC_FALLBACK_PREFIX = 'local:syncFallback:' as const;

export function syncFallbackKey(key: StorageKey): StorageKey {
  return `${SYNC_FALLBACK_PREFIX}${splitKey(key).name}`;
}
