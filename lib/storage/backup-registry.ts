/**
 * The backup registry, built from the stored items (lib/storage/items/index.ts): every item
 * whose role is `user-data` or `settings` becomes one entry with the item's own schema, version
 * and migrations, so a backup validates exactly as a read does. Derived items are left out.
 */
import {
  type AnyBackupEntry,
  type BackupRegistry,
  createBackupRegistry,
  defineBackupEntry,
} from '@/lib/backup/registry';
import type { StorageKey } from './keys';
import type { FamilyDefinition, ItemDefinition, RawKeyDefinition } from './stored-item';

/** What every stored item, family and raw key shares: its definition. */
export interface StoredEntry {
  readonly definition: ItemDefinition<unknown> | FamilyDefinition<unknown> | RawKeyDefinition<unknown>;
}

type AnyDefinition = StoredEntry['definition'] & {
  readonly key?: StorageKey;
  readonly prefix?: StorageKey;
};

/** Where an entry lives: its key, or its prefix for a family. */
export function claimOf(entry: StoredEntry): StorageKey {
  const { key, prefix } = entry.definition as AnyDefinition;
  return (key ?? prefix) as StorageKey;
}

export function backupEntriesOf(items: readonly StoredEntry[]): AnyBackupEntry[] {
  const definitions = items.map((item) => item.definition as AnyDefinition);
  const aliasesOf = (prefix: StorageKey | undefined) =>
    definitions.flatMap((other) =>
      other.backupAliasOf !== undefined && other.backupAliasOf === prefix && other.prefix ? [other.prefix] : [],
    );
  return definitions.flatMap((definition) => {
    if (definition.backup === 'derived' || definition.backupId === undefined) return [];
    const aliasPrefixes = aliasesOf(definition.prefix);
    return [
      defineBackupEntry<unknown>({
        id: definition.backupId,
        ...(definition.key ? { key: definition.key } : { prefix: definition.prefix }),
        ...(aliasPrefixes.length > 0 ? { aliasPrefixes } : {}),
        schema: definition.backupSchema ?? definition.schema,
        version: definition.version,
        ...(definition.migrations ? { migrations: definition.migrations } : {}),
        ...(definition.merge ? { merge: definition.merge } : {}),
        ...(definition.combine ? { combine: definition.combine } : {}),
        ...(definition.check ? { check: definition.check } : {}),
      } as Parameters<typeof defineBackupEntry<unknown>>[0]),
    ];
  });
}

export function backupRegistryOf(items: readonly StoredEntry[]): BackupRegistry {
  return createBackupRegistry(backupEntriesOf(items));
}
