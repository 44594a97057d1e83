import { browser } from 'wxt/browser';
import type { StorageKey } from './keys';

export type StorageChanges = Readonly<Record<StorageKey, { readonly newValue?: unknown; readonly oldValue?: unknown }>>;

/**
 * Calls back with every storage change, its keys in the `area:name` form items use
 * (`sync:case:1`), so callers compare them with item keys and prefixes instead of spelling
 * names. Registered at once: the worker's listeners must be in place in its first turn.
 */
export function watchStorage(callback: (changes: StorageChanges) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const named: Record<string, { newValue?: unknown; oldValue?: unknown }> = {};
    for (const [name, change] of Object.entries(changes)) named[`${area}:${name}`] = change;
    callback(named as StorageChanges);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
