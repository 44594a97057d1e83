/**
 * The backup registry the extension uses. Features add their entry to this list (checklist
 * progress, Plan of Action drafts, removal orders...) as they define their storage items.
 */
import * as z from 'zod/mini';
import { sameData } from '@/lib/canonical-json';
import { settingsItem } from '@/lib/storage/items';
import { QUARANTINE_KEY, type QuarantineEntry, quarantineEntrySchema } from '@/lib/storage/quarantine';
import { caseDetailBackupEntry, caseRecordBackupEntry } from './case-entries';
import { type AnyBackupEntry, createBackupRegistry, defineBackupEntry, type MergeOutcome } from './registry';

export const settingsBackupEntry = defineBackupEntry({
  id: 'settings',
  key: settingsItem.key,
  schema: settingsItem.definition.schema,
  version: settingsItem.definition.version,
  ...(settingsItem.definition.migrations ? { migrations: settingsItem.definition.migrations } : {}),
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

export const quarantineBackupEntry = defineBackupEntry<QuarantineEntry[]>({
  id: 'quarantine',
  key: QUARANTINE_KEY,
  schema: z.array(quarantineEntrySchema),
  version: 1,
  merge: mergeQuarantine,
});

export const CORE_BACKUP_ENTRIES: readonly AnyBackupEntry[] = [
  caseRecordBackupEntry,
  caseDetailBackupEntry,
  settingsBackupEntry,
  quarantineBackupEntry,
];

/** `extra`: entries of features that keep their own data (see FORMAT.md). */
export function backupRegistry(extra: readonly AnyBackupEntry[] = []) {
  return createBackupRegistry([...CORE_BACKUP_ENTRIES, ...extra]);
}
