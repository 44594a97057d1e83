/**
 * Every stored item goes through here: one definition (area, key, zod schema, version,
 * migrations), validation on every read, quarantine instead of loss, and a local fallback
 * when the sync area refuses a write.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type * as z from 'zod/mini';
import { describeError, isQuotaError } from './area-errors';
import { describeIssues } from './describe-issues';
import { exclusive } from './exclusive';
import { type StorageArea, type StorageKey, splitKey, syncFallbackKey } from './keys';
import { addNotice } from './notices';
import { setAsideStoredValue } from './quarantine';

export interface ItemDefinition<T> {
  readonly key: StorageKey;
  readonly schema: z.ZodMiniType<T>;
  readonly fallback: T;
  /** Starts at 1; raise it with a migration whenever the stored shape changes. */
  readonly version: number;
  /** migrations[n] turns a value stored at version n-1 into version n. */
  readonly migrations?: Readonly<Record<number, (previous: unknown) => unknown>>;
}

export type WriteOutcome = 'stored' | 'stored-locally';

export interface ValidatedItem<T> {
  readonly key: StorageKey;
  readonly definition: ItemDefinition<T>;
  get(): Promise<T>;
  set(value: T): Promise<WriteOutcome>;
  update(change: (current: T) => T): Promise<WriteOutcome>;
  remove(): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

export function defineValidatedItem<T>(definition: ItemDefinition<T>): ValidatedItem<T> {
  const { key, schema, fallback, version, migrations } = definition;
  const { area } = splitKey(key);
  const fallbackKey = syncFallbackKey(key);
  // @wxt-dev/storage runs the migrations (once per context, before the first read or write).
  const raw = storage.defineItem<unknown>(key, { version, migrations: migrations ?? {} });

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

  async function get(): Promise<T> {
    if (area === 'sync') {
      // A value the sync area refused is newer than what sync holds.
      const pending = await validate(fallbackKey, await storage.getItem<unknown>(fallbackKey));
      if (pending !== null) return pending;
    }
    return (await validate(key, await raw.getValue())) ?? fallback;
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
    await raw.getValue(); // waits for migrations, so an old-version value is never written over unmigrated
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
  const inTurn = <R>(work: () => Promise<R>) => exclusive(`item:${key}`, work);

  return {
    key,
    definition,
    get,
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
}

interface KeyListingArea {
  getKeys?: () => Promise<string[]>;
  get(keys: null): Promise<Record<string, unknown>>;
}

/**
 * Every key of an area without reading the values where the browser allows it (Chrome 130+):
 * the local area holds megabytes of case logs that a popup listing marketplaces must not read.
 */
async function storageKeys(area: StorageArea): Promise<string[]> {
  const target = browser.storage[area] as unknown as KeyListingArea;
  if (typeof target.getKeys === 'function') {
    try {
      return await target.getKeys();
    } catch {
      // Present but unimplemented (older polyfills, test doubles): read the values instead.
    }
  }
  return Object.keys(await target.get(null));
}

export interface ItemFamily<T> {
  readonly prefix: StorageKey;
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
export function defineItemFamily<T>(
  definition: Omit<ItemDefinition<T>, 'key'> & { prefix: StorageKey },
): ItemFamily<T> {
  const { prefix, ...rest } = definition;
  const { area, name } = splitKey(prefix);
  const item = (id: string) => defineValidatedItem({ ...rest, key: `${prefix}${id}` as StorageKey });
  const memberIds = (keys: Iterable<string>) =>
    [...keys].filter((key) => key.startsWith(name) && !key.endsWith('$')).map((key) => key.slice(name.length));
  return {
    prefix,
    item,
    async entries() {
      const ids = memberIds(await storageKeys(area));
      return Promise.all(ids.map(async (id) => ({ id, value: await item(id).get() })));
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
