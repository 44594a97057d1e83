/**
 * The keys where storage itself reports trouble (written raw by lib/storage/notices.ts and
 * quarantine.ts, and by every sync item whose write was refused), declared so the list of
 * stored keys is complete.
 */
import * as z from 'zod/mini';
import type { MergeOutcome } from '@/lib/backup/registry';
import { sameData } from '@/lib/canonical-json';
import { SYNC_FALLBACK_PREFIX } from '../keys';
import { NOTICES_KEY, noticeSchema } from '../notices';
import { QUARANTINE_KEY, type QuarantineEntry, quarantineEntrySchema } from '../quarantine';
import { declareRawKey } from '../stored-item';

/** Hints for the seller, derived from what failed: rebuilt, never backed up. */
export const noticesKey = declareRawKey({
  key: NOTICES_KEY,
  schema: z.array(noticeSchema),
  version: 1,
  backup: 'derived',
});

/** Quarantined values are the seller's data too: a restore joins both lists by entry id. */
export function mergeQuarantine(
  current: QuarantineEntry[],
  incoming: QuarantineEntry[],
): MergeOutcome<QuarantineEntry[]> {
  const ids = new Set(current.map((entry) => entry.id));
  const added = incoming.filter((entry) => !ids.has(entry.id));
  if (added.length === 0)
    return { status: 'unchanged', reason: sameData(current, incoming) ? 'identical' : 'current-newer' };
  return { status: 'updated', reason: 'merged', value: [...current, ...added] };
}

export const quarantineKey = declareRawKey<QuarantineEntry[]>({
  key: QUARANTINE_KEY,
  schema: z.array(quarantineEntrySchema),
  version: 1,
  backup: 'user-data',
  backupId: 'quarantine',
  merge: mergeQuarantine,
});

/**
 * A sync item's value waiting here because sync refused it (lib/storage/keys.ts). Not backed up
 * on its own: the backup reads it as the sync item it belongs to and exports it under that key.
 */
export const syncFallbacks = declareRawKey({
  prefix: SYNC_FALLBACK_PREFIX,
  schema: z.unknown(),
  version: 1,
  backup: 'derived',
});
