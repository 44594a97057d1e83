/**
 * Every stored item goes through here: one definition (area, key, zod schema, version,
 * migrations, backup role), validation on every read, quarantine instead of loss, and a local
 * fallback when the sync area refuses a write. Keys other code writes raw (case records,
 * notices) are declared here too, so lib/storage/items/index.ts can list every stored key.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type * as z from 'zod/mini';
import type { MergeOutcome } from '@/lib/backup/registry';
import { describeError, isQuotaError } from './area-errors';
import { describeIssues } from './describe-issues';
import { exclusive } from './exclusive';
import { type StorageKey, splitKey, syncFallbackKey } from './keys';
import { listKeys, readNames } from './list-keys';
import { addNotice } from './notices';
import { setAsideStoredValue } from './quarantine';

/**
 * What a backup does with an item: `user-data` (the seller's records) and `settings` are
 * exported and imported; `derived` is rebuilt by the extension (tab reports, notices,
 * bookkeeping) and left out.
 */
export type BackupRole = 'user-data' | 'settings' | 'derived';

type Migrations = Readonly<Record<number, (previous: unknown) => unknown>>;
type WxtItem = ReturnType<typeof storage.defineItem<unknown>>;

/**
 * A backed-up item: its stable name in backup files, and how its values meet on import. The
 * rules are methods, not function-typed fields, so the list of every item can hold them as
 * BackedUp<unknown> (method parameters are checked bivariantly).
 */
interface BackedUp<T> {
  readonly backup: 'user-data' | 'settings';
  /** Names the item in a backup file's schemaVersions: never rename it. */
  readonly backupId: string;
  /** Where the backup reads more loosely than storage (no null member, no count limit). Default: schema. */
  readonly backupSchema?: z.ZodMiniType<NonNullable<T>>;
  /** Default: equal is unchanged, anything else a conflict that keeps the current value. */
  merge?(current: NonNullable<T>, incoming: NonNullable<T>): MergeOutcome<NonNullable<T>>;
  /** Joins copies of one record found in several places. Default: fallback, then alias, then main. */
  combine?(a: NonNullable<T>, b: NonNullable<T>): NonNullable<T>;
  /** A reason when the value does not belong under its key (e.g. a case id unlike the key's). */
  check?(suffix: string, value: NonNullable<T>): string | null;
  readonly backupAliasOf?: never;
}

/** The same records as another family, kept in another place: backed up under that family's keys. */
interface BackedUpAsAlias {
  readonly backup: 'user-data';
  /** The prefix of the family these records belong to (cases moved out of sync: `sync:case:`). */
  readonly backupAliasOf: StorageKey;
  readonly backupId?: never;
}

interface NotBackedUp {
  readonly backup: 'derived';
  readonly backupId?: never;
  readonly backupAliasOf?: never;
}

export type BackupDeclaration<T> = BackedUp<T> | BackedUpAsAlias | NotBackedUp;

interface ItemCore<T> {
  readonly key: StorageKey;
  readonly schema: z.ZodMiniType<T>;
  readonly fallback: T;
  /** Starts at 1; raise it with a migration whenever the stored shape changes. */
  readonly version: number;
  /** migrations[n] turns a value stored at version n-1 into version n. */
  readonly migrations?: Migrations;
}

export type ItemDefinition<T> = ItemCore<T> & BackupDeclaration<T>;

export type WriteOutcome = 'stored' | 'stored-locally';

export interface ValidatedItem<T> {
  readonly key: StorageKey;
  readonly definition: ItemDefinition<T>;
  get(): Promise<T>;
  /**
   * True when a newer version of the extension wrote the value (its `<key>$` version is above
   * this build's): it is kept as it is, read where its known fields still parse, never
   * rewritten, set aside or removed; set, update and remove refuse with NEWER_VERSION.
   */
  isNewer(): Promise<boolean>;
  set(value: T): Promise<WriteOutcome>;
  update(change: (current: T) => T): Promise<WriteOutcome>;
  remove(): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

/** The message of a write refused because a newer version of the extension wrote the value. */
export const NEWER_VERSION = 'saved by a newer version of the extension';

export function defineValidatedItem<T>(definition: ItemDefinition<T>): ValidatedItem<T> {
  return itemReader(definition).item;
}

/** What one `storage.<area>.get` returned: an item's value and its `<key>$` version record among others. */
type AreaRead = Record<string, unknown>;

/**
 * An item and the way to read it from a read of its area that other items shared: a family's
 * members are read in one storage call (one round trip to the browser, not one per member).
 */
interface ItemReader<T> {
  readonly item: ValidatedItem<T>;
  /** The names in its area that `valueIn` needs. */
  readonly names: readonly [string, string];
  /** A sync item's local stand-in while sync refuses its value. */
  readonly fallbackKey: StorageKey;
  valueIn(read: AreaRead, pending: unknown): Promise<T>;
}

function itemReader<T>(definition: ItemDefinition<T>): ItemReader<T> {
  const { key, schema, fallback, version, migrations } = definition;
  const { area, name } = splitKey(key);
  const fallbackKey = syncFallbackKey(key);
  // @wxt-dev/storage runs the migrations (once per context, before the first read or write). It
  // reads an item's value as soon as the item is defined, so the item is defined on first need:
  // a page imports many items and reads few of them.
  let rawItem: WxtItem | null = null;
  const raw = () => {
    rawItem ??= storage.defineItem<unknown>(key, { version, migrations: migrations ?? {} });
    return rawItem;
  };

  async function setAside(from: StorageKey, value: unknown, error: z.core.$ZodError): Promise<void> {
    if (await setAsideStoredValue(from, value, describeIssues(error))) await addNotice('quarantined', from);
  }

  async function validate(from: StorageKey, value: unknown): Promise<T | null> {
    if (value == null) return null;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    await setAside(from, value, parsed.error);
    return null;
  }

  /** A version record above this build's: a newer version of the extension wrote the value. */
  const aboveThisVersion = (stored: number | undefined) => (stored ?? 0) > version;
  const isNewer = async () => aboveThisVersion((await storage.getMeta<{ v?: number }>(key)).v);

  /**
   * The value and its version in one read of the item's area. Only a value stored by an older
   * version waits for the migrations; one stored by a newer version is never migrated.
   */
  const metaName = `${name}$`;
  async function storedIn(stored: AreaRead): Promise<{ value: unknown; newer: boolean }> {
    const value = stored[name] ?? null;
    const storedVersion = (stored[metaName] as { v?: number } | undefined)?.v;
    if (aboveThisVersion(storedVersion)) return { value, newer: true };
    if (value !== null && (storedVersion ?? 1) < version) return { value: await raw().getValue(), newer: false };
    return { value, newer: false };
  }

  async function valueIn(read: AreaRead, pending: unknown): Promise<T> {
    const { value, newer } = await storedIn(read);
    if (newer) {
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : fallback;
    }
    if (pending != null) {
      const valid = await validate(fallbackKey, pending);
      if (valid !== null) return valid;
    }
    return (await validate(key, value)) ?? fallback;
  }

  async function get(): Promise<T> {
    // A value the sync area refused is newer than what sync holds: both are read at once.
    const [read, pending] = await Promise.all([
      browser.storage[area].get([name, metaName]),
      area === 'sync' ? storage.getItem<unknown>(fallbackKey) : null,
    ]);
    return valueIn(read, pending);
  }

  /**
   * Sync accepted a newer value, so a waiting local copy is superseded and goes; one that never
   * was valid is set aside first, never deleted unseen.
   */
  async function retireFallback(): Promise<void> {
    const pending = await storage.getItem<unknown>(fallbackKey);
    if (pending == null) return;
    const parsed = schema.safeParse(pending);
    if (parsed.success) await storage.removeItem(fallbackKey);
    else await setAside(fallbackKey, pending, parsed.error);
  }

  async function write(value: T): Promise<WriteOutcome> {
    const checked = schema.parse(value);
    await raw().getValue(); // waits for migrations, so an old-version value is never written over unmigrated
    const entries = [
      { key, value: checked },
      { key: `${key}$` as StorageKey, value: { v: version } },
    ];
    try {
      await storage.setItems(entries);
    } catch (error) {
      if (area !== 'sync' || !isQuotaError(error)) throw error;
      await storage.setItem(fallbackKey, checked);
      await addNotice('sync-fallback', key);
      console.warn(`[scc] sync refused ${key} (${describeError(error)}); kept in local storage`);
      return 'stored-locally';
    }
    if (area === 'sync') await retireFallback();
    return 'stored';
  }

  /**
   * Writes to this key happen one at a time, in the order they were asked for, in every
   * extension context: a removal cannot overtake a write still under way, and an update's
   * read and write cannot be split by another write.
   */
  const inTurn = <R>(work: () => Promise<R>) =>
    exclusive(`item:${key}`, async () => {
      if (await isNewer()) throw new Error(NEWER_VERSION);
      return work();
    });

  const item: ValidatedItem<T> = {
    key,
    definition,
    get,
    isNewer,
    set: (value) => inTurn(() => write(value)),
    update: (change) => inTurn(async () => write(change(await get()))),
    remove: () =>
      inTurn(async () => {
        await storage.removeItems([{ key, options: { removeMeta: true } }, fallbackKey]);
      }),
    watch(callback) {
      const refresh = () => {
        get().then(callback, (error) => console.error(`[scc] reading ${key} failed`, error));
      };
      const stopMain = storage.watch(key, refresh);
      const stopFallback = area === 'sync' ? storage.watch(fallbackKey, refresh) : () => {};
      return () => {
        stopMain();
        stopFallback();
      };
    },
  };
  return { item, names: [name, metaName], fallbackKey, valueIn };
}

/** True while a value the sync area refused waits in local storage for this item (this device only). */
export async function waitsLocally(item: ValidatedItem<unknown>): Promise<boolean> {
  return (await storage.getItem(syncFallbackKey(item.key))) !== null;
}

export type FamilyDefinition<T> = Omit<ItemCore<T>, 'key'> & {
  readonly prefix: StorageKey;
  /**
   * The ids members nearly always have (a marketplace family's codes): `entries()` reads them
   * while it lists the area's keys, one round trip to the browser instead of two, and still
   * reads any other member the listing finds.
   */
  readonly likelyIds?: readonly string[];
} & BackupDeclaration<T>;

export interface ItemFamily<T> {
  readonly prefix: StorageKey;
  readonly definition: FamilyDefinition<T>;
  item(id: string): ValidatedItem<T>;
  /** Every stored member, each read (and so validated) through its item. */
  entries(): Promise<Array<{ id: string; value: T }>>;
  /** Calls back whenever any member changes. */
  watchAll(callback: () => void): () => void;
}

/**
 * Items that share a schema under one prefix, one storage key each (e.g. `session:tab:12`):
 * concurrent writers to different members never clobber each other.
 */
export function defineItemFamily<T>(definition: FamilyDefinition<T>): ItemFamily<T> {
  const { prefix, likelyIds = [], ...rest } = definition;
  const { area, name } = splitKey(prefix);
  const reader = (id: string) => itemReader({ ...rest, key: `${prefix}${id}` } as ItemDefinition<T>);
  const item = (id: string) => reader(id).item;
  const memberIds = (keys: Iterable<string>) =>
    [...keys].filter((key) => key.startsWith(name) && !key.endsWith('$')).map((key) => key.slice(name.length));
  return {
    prefix,
    definition,
    item,
    async entries() {
      const readMembers = (ids: readonly string[]) =>
        readNames(
          area,
          ids.flatMap((id) => reader(id).names),
        );
      const [keys, likely] = await Promise.all([listKeys(area), readMembers(likelyIds)]);
      const members = memberIds(keys).map((id) => ({ id, reader: reader(id) }));
      if (members.length === 0) return [];
      const [others, pending] = await Promise.all([
        readMembers(members.map(({ id }) => id).filter((id) => !likelyIds.includes(id))),
        area === 'sync' ? storage.getItems(members.map(({ reader }) => reader.fallbackKey)) : null,
      ]);
      const read = { ...likely, ...others };
      return Promise.all(
        members.map(async ({ id, reader }, at) => ({ id, value: await reader.valueIn(read, pending?.[at]?.value) })),
      );
    },
    watchAll(callback) {
      const listener = (changes: Record<string, unknown>, changedArea: string) => {
        if (changedArea === area && memberIds(Object.keys(changes)).length > 0) callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/**
 * A key (or family of keys) that code in lib/storage/ reads and writes without an item of its
 * own (notices, quarantine, import undo), declared so the list of stored items is complete and
 * its backup role is stated like every other's.
 */
export type RawKeyDefinition<T> = Omit<ItemCore<T>, 'key' | 'fallback'> &
  ({ readonly key: StorageKey; readonly prefix?: never } | { readonly prefix: StorageKey; readonly key?: never }) &
  BackupDeclaration<T>;

export interface RawKey<T> {
  readonly definition: RawKeyDefinition<T>;
}

export function declareRawKey<T>(definition: RawKeyDefinition<T>): RawKey<T> {
  return { definition };
}
