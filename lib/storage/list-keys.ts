import { browser } from 'wxt/browser';
import type { StorageArea } from './keys';

interface KeyListingArea {
  getKeys?: () => Promise<string[]>;
  get(keys: null): Promise<Record<string, unknown>>;
}

/**
 * Every key of an area without reading the values, where the browser allows it (Chrome 130+);
 * null elsewhere. The local area holds megabytes of case logs that a popup listing
 * marketplaces or cases must not read.
 */
export async function listKeysCheaply(area: StorageArea): Promise<string[] | null> {
  const target = browser.storage[area] as unknown as KeyListingArea;
  if (typeof target.getKeys !== 'function') return null;
  try {
    return await target.getKeys();
  } catch {
    // Present but unimplemented (older polyfills, test doubles).
    return null;
  }
}

/** Every key of an area: cheaply where possible, else by reading the values. */
export async function listKeys(area: StorageArea): Promise<string[]> {
  const cheap = await listKeysCheaply(area);
  if (cheap !== null) return cheap;
  const target = browser.storage[area] as unknown as KeyListingArea;
  return Object.keys(await target.get(null));
}

/**
 * `storage.<area>.get(names)`, or all of the area for null, except that no names read nothing:
 * a read of nothing need not wait for a round trip to the browser (reads that filter a key
 * listing often end up with none).
 */
export async function readNames(area: StorageArea, names: readonly string[] | null): Promise<Record<string, unknown>> {
  if (names !== null && names.length === 0) return {};
  return browser.storage[area].get(names === null ? null : [...names]);
}
