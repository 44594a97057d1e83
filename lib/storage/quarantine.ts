/**
 * Stored values that fail validation are moved here, never dropped: the options page lists
 * them so the seller can export (and keep) or discard each one.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { sameData } from '@/lib/canonical-json';
import { exclusive } from './exclusive';
import type { StorageKey } from './keys';

export const QUARANTINE_KEY = 'local:quarantine' as const;

// Loose: an entry written by a newer version may carry fields we do not know; they are kept.
export const quarantineEntrySchema = z.looseObject({
  id: z.string(),
  item: z.string(),
  value: z.unknown(),
  reason: z.string(),
  at: z.number(),
});
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;

/**
 * The quarantine cannot quarantine itself: an entry that does not parse is wrapped as a new
 * entry (its raw value kept whole) instead of being dropped.
 */
function normalize(raw: unknown): QuarantineEntry[] {
  if (raw == null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((entry, index) => {
    const parsed = quarantineEntrySchema.safeParse(entry);
    if (parsed.success) return parsed.data;
    return {
      // Stable across reads, so discarding the entry finds it again.
      id: `recovered-${index}`,
      item: QUARANTINE_KEY,
      value: entry,
      reason: 'A quarantine entry itself had an unexpected shape; its raw value is kept here.',
      at: Date.now(),
    };
  });
}

export async function listQuarantine(): Promise<QuarantineEntry[]> {
  return normalize(await storage.getItem<unknown>(QUARANTINE_KEY));
}

/** False when the quarantine already holds this value for this item. */
async function append(item: StorageKey, value: unknown, reason: string): Promise<boolean> {
  const current = await listQuarantine();
  // The same bad value found twice (two contexts, or a read repeated) is one thing to show.
  if (current.some((entry) => entry.item === item && sameData(entry.value, value))) return false;
  const at = Date.now();
  const id = `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await storage.setItem(QUARANTINE_KEY, [...current, { id, item, value, reason, at }]);
  return true;
}

/**
 * Copies a value that failed validation into the quarantine. A local value is then removed
 * from its key (the copy is stored first, so a failure half way loses nothing). A synced value
 * stays where it is: removing it would sync the removal to every other browser, one of which
 * may be a newer version that reads it fine; only a valid value the seller saves replaces it.
 * Returns true when the value was newly set aside (tell the seller), false when the key no
 * longer holds that value or the quarantine already has it.
 */
export function setAsideStoredValue(from: StorageKey, value: unknown, reason: string): Promise<boolean> {
  return exclusive('quarantine', async () => {
    if (!sameData(await storage.getItem<unknown>(from), value)) return false;
    const added = await append(from, value, reason);
    if (from.startsWith('sync:')) return added;
    await storage.removeItems([{ key: from, options: { removeMeta: true } }]);
    return true;
  });
}

/** Calls back whenever the quarantine changes, in any context. */
export function watchQuarantine(callback: () => void): () => void {
  return storage.watch(QUARANTINE_KEY, () => callback());
}

export function discardQuarantined(id: string): Promise<void> {
  return exclusive('quarantine', async () => {
    const current = await listQuarantine();
    await storage.setItem(
      QUARANTINE_KEY,
      current.filter((entry) => entry.id !== id),
    );
  });
}

/** A self-describing JSON document for one entry, so a seller can keep it or send it to us. */
export function quarantineExport(entry: QuarantineEntry): string {
  return JSON.stringify({ format: 'seller-central-companion/quarantine', version: 1, entry }, null, 2);
}
