/**
 * Which stored values a newer version of the extension wrote: their `<key>$` version record
 * names a version above this build's for that item. They are kept as they are (stored-item.ts);
 * the options page counts them so the seller knows why they cannot edit them here.
 */
import { claimOf, type StoredEntry } from './backup-registry';
import type { StorageSnapshot } from './snapshot';

export interface NewerValue {
  readonly key: string;
  /** The version the newer build recorded. */
  readonly version: number;
}

export function newerValues(snapshot: StorageSnapshot, items: readonly StoredEntry[]): NewerValue[] {
  const found: NewerValue[] = [];
  for (const [metaKey, meta] of Object.entries(snapshot)) {
    if (!metaKey.endsWith('$')) continue;
    const version = (meta as { v?: unknown } | null)?.v;
    if (typeof version !== 'number') continue;
    const key = metaKey.slice(0, -1);
    // An item is claimed by its exact key, a family by its prefix plus a member id.
    const item = items.find((entry) => {
      const claim = claimOf(entry);
      const family = (entry.definition as { prefix?: string }).prefix !== undefined;
      return family ? key.startsWith(claim) && key.length > claim.length : key === claim;
    });
    if (item && version > item.definition.version && snapshot[key] !== undefined) found.push({ key, version });
  }
  return found.sort((a, b) => (a.key < b.key ? -1 : 1));
}
