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
