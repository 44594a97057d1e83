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

async function append(item: StorageKey, value: unknown, reason: string): Promise<void> {
  const current = await listQuarantine();
  // The same bad value found twice (two contexts, or a read repeated) is one thing to show.
  if (current.some((entry) => entry.item === item && sameData(entry.value, value))) return;
  const at = Date.now();
  const id = `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await storage.setItem(QUARANTINE_KEY, [...current, { id, item, value, reason, at }]);
}

/**
 * Copies a value that failed validation into the quarantine, then removes it from its key:
 * the copy is stored before the original goes, so a failure half way loses nothing.
 * Returns false when the key no longer holds that value: another context set it aside
 * first, or a newer value replaced it, which must not be removed.
 */
export function setAsideStoredValue(from: StorageKey, value: unknown, reason: string): Promise<boolean> {
  return exclusive('quarantine', async () => {
    if (!sameData(await storage.getItem<unknown>(from), value)) return false;
    await append(from, value, reason);
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
