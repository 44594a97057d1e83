/**
 * The other features' user data in backups: checklist progress, Plan of Action drafts,
 * removal orders seen and disposal deadlines, and the seller's own alert phrases. Each entry
 * reuses its storage item's schema and version, so backups validate exactly as reads do.
 * Merges default to "equal is unchanged, different is asked": an import never overwrites them blindly.
 */
import * as z from 'zod/mini';
import { type UserPhrase, userPhraseSchema, userPhrasesItem } from '@/lib/account-state/items';
import { sameData } from '@/lib/canonical-json';
import { checklistProgressItems, progressSchema } from '@/lib/checklists/progress-storage';
import { poaDraftSchema, poaDrafts } from '@/lib/poa/draft-storage';
import { disposalEntriesItem, disposalEntriesSchema } from '@/lib/removal/disposal.storage';
import { SEEN_ORDERS_PREFIX, seenOrdersFamily, seenOrdersSchema } from '@/lib/removal/seen-orders.storage';
import type { StorageKey } from '@/lib/storage/keys';
import { backupRegistry } from './default-registry';
import { type AnyBackupEntry, defineBackupEntry, type MergeOutcome } from './registry';

/** Phrases are added one by one: joining both lists by id loses nothing and asks nothing. */
export function mergeUserPhrases(current: UserPhrase[], incoming: UserPhrase[]): MergeOutcome<UserPhrase[]> {
  const ids = new Set(current.map((phrase) => phrase.id));
  const added = incoming.filter((phrase) => !ids.has(phrase.id));
  if (added.length === 0) {
    return { status: 'unchanged', reason: sameData(current, incoming) ? 'identical' : 'current-newer' };
  }
  return { status: 'updated', reason: 'merged', value: [...current, ...added] };
}

export const FEATURE_BACKUP_ENTRIES: readonly AnyBackupEntry[] = [
  defineBackupEntry({
    id: 'checklistProgress',
    prefix: checklistProgressItems.prefix,
    schema: progressSchema,
    version: 1,
  }),
  defineBackupEntry({ id: 'poaDraft', prefix: poaDrafts.prefix, schema: poaDraftSchema, version: 1 }),
  defineBackupEntry({
    id: 'removalOrdersSeen',
    prefix: (seenOrdersFamily.prefix ?? SEEN_ORDERS_PREFIX) as StorageKey,
    schema: seenOrdersSchema,
    version: 1,
  }),
  defineBackupEntry({
    id: 'disposalDeadlines',
    key: disposalEntriesItem.key,
    schema: disposalEntriesSchema,
    version: disposalEntriesItem.definition.version,
  }),
  defineBackupEntry<UserPhrase[]>({
    id: 'userPhrases',
    key: userPhrasesItem.key,
    schema: z.array(userPhraseSchema),
    version: userPhrasesItem.definition.version,
    merge: mergeUserPhrases,
  }),
];

/** Everything the extension keeps for the seller: the core entries and every feature's. */
export function fullBackupRegistry() {
  return backupRegistry(FEATURE_BACKUP_ENTRIES);
}
