/**
 * Which storage keys are user data, and how each kind is validated, migrated and merged on
 * import. A feature makes its data part of backups by adding one entry (see FORMAT.md).
 */
import type * as z from 'zod/mini';
import { sameData } from '@/lib/canonical-json';
import { describeIssues } from '@/lib/storage/describe-issues';
import { type StorageKey, SYNC_FALLBACK_PREFIX } from '@/lib/storage/keys';

export type ConflictReason =
  | 'differs'
  | 'incoming-deletes'
  | 'same-time-different-content'
  | 'notes-differ'
  /** Deleted here (a tombstone) after the backup's live copy: restoring it is offered, not done. */
  | 'deleted-here';

/** How an incoming record meets the current one. */
export type MergeOutcome<T> =
  | { readonly status: 'unchanged'; readonly reason: 'identical' | 'current-newer' }
  | { readonly status: 'updated'; readonly reason: 'incoming-newer' | 'merged'; readonly value: T }
  | {
      readonly status: 'conflict';
      readonly reason: ConflictReason;
      /** What to write if the seller keeps the current data (null: write nothing). The default. */
      readonly keep: T | null;
      /** What to write if the seller takes the backup's. */
      readonly take: T;
    };

export interface BackupEntry<T> {
  /** Stable name, used in the file's schemaVersions. */
  readonly id: string;
  /** Either one key... */
  readonly key?: StorageKey;
  /** ...or a family of keys sharing a prefix (`sync:case:` + id). */
  readonly prefix?: StorageKey;
  /** Other prefixes holding the same records (e.g. cases moved from sync to local). */
  readonly aliasPrefixes?: readonly StorageKey[];
  readonly schema: z.ZodMiniType<T>;
  /** The item's current storage version; migrations as in ItemDefinition. */
  readonly version: number;
  readonly migrations?: Readonly<Record<number, (previous: unknown) => unknown>>;
  /** Default: equal is unchanged, anything else a conflict that keeps the current value. */
  readonly merge?: (current: T, incoming: T) => MergeOutcome<T>;
  /** Joins copies of one record found in several places. Default: fallback, then alias, then main. */
  readonly combine?: (a: T, b: T) => T;
  /** A reason when the value does not belong under this key (e.g. a case id unlike the key's). */
  readonly check?: (suffix: string, value: T) => string | null;
}

/** Entries hold functions of their own type; the registry stores them type-erased. */
export type AnyBackupEntry = BackupEntry<unknown>;

export function defineBackupEntry<T>(entry: BackupEntry<T>): AnyBackupEntry {
  if ((entry.key === undefined) === (entry.prefix === undefined)) {
    throw new Error(`backup entry ${entry.id}: give exactly one of key and prefix`);
  }
  return entry as unknown as AnyBackupEntry;
}

export interface BackupRegistry {
  readonly entries: readonly AnyBackupEntry[];
}

export function createBackupRegistry(entries: readonly AnyBackupEntry[]): BackupRegistry {
  const ids = new Set<string>();
  const claims: string[] = [];
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Error(`backup entry id ${entry.id} used twice`);
    ids.add(entry.id);
    for (const claim of [entry.key ?? entry.prefix ?? '', ...(entry.aliasPrefixes ?? [])]) {
      const clash = claims.find((other) => other.startsWith(claim) || claim.startsWith(other));
      if (clash !== undefined) throw new Error(`backup entry ${entry.id}: ${claim} overlaps ${clash}`);
      claims.push(claim);
    }
  }
  return { entries };
}

export function defaultMerge<T>(current: T, incoming: T): MergeOutcome<T> {
  return sameData(current, incoming)
    ? { status: 'unchanged', reason: 'identical' }
    : { status: 'conflict', reason: 'differs', keep: null, take: incoming };
}

/**
 * The import rule of a history that two browsers can both have added to: the two are joined
 * (`join` loses nothing either side holds), and only a join that differs from this browser's
 * copy is written.
 */
export function joinedOutcome<T>(join: (current: T, incoming: T) => T) {
  return (current: T, incoming: T): MergeOutcome<T> => {
    const merged = join(current, incoming);
    return sameData(merged, current)
      ? { status: 'unchanged', reason: sameData(current, incoming) ? 'identical' : 'current-newer' }
      : { status: 'updated', reason: 'merged', value: merged };
  };
}

export type Place = 'main' | 'fallback' | 'alias';

export interface ResolvedKey {
  readonly entry: AnyBackupEntry;
  /** Where the record belongs: the entry's key, or its prefix plus the suffix. */
  readonly canonicalKey: StorageKey;
  readonly suffix: string;
  readonly place: Place;
}

const FALLBACK_PREFIX = SYNC_FALLBACK_PREFIX;

/** Null for keys that are not user data, including WXT's `<key>$` version records. */
export function resolveKey(registry: BackupRegistry, key: string): ResolvedKey | null {
  if (key.endsWith('$')) return null;
  if (key.startsWith(FALLBACK_PREFIX)) {
    const main = resolveKey(registry, `sync:${key.slice(FALLBACK_PREFIX.length)}`);
    return main?.place === 'main' ? { ...main, place: 'fallback' } : null;
  }
  for (const entry of registry.entries) {
    if (entry.key === key) return { entry, canonicalKey: entry.key, suffix: '', place: 'main' };
    if (entry.prefix && key.startsWith(entry.prefix) && key.length > entry.prefix.length) {
      return { entry, canonicalKey: key as StorageKey, suffix: key.slice(entry.prefix.length), place: 'main' };
    }
    const alias = entry.aliasPrefixes?.find((p) => key.startsWith(p) && key.length > p.length);
    if (alias && entry.prefix) {
      const suffix = key.slice(alias.length);
      return { entry, canonicalKey: `${entry.prefix}${suffix}` as StorageKey, suffix, place: 'alias' };
    }
  }
  return null;
}

export type InvalidCode =
  | 'unknown-key'
  | 'newer-item-version'
  | 'migration-failed'
  | 'schema'
  | 'wrong-key'
  | 'unreadable-at-export';

export interface InvalidReason {
  readonly code: InvalidCode;
  /** English detail for the preview's "why" line and for support. */
  readonly detail: string;
}

export type ReadResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: InvalidReason };

/** The code of a value a newer version wrote; readers keep such values as they are. */
export const NEWER_ITEM_VERSION = 'newer-item-version';

/** Brings a stored or imported value to the entry's current version and validates it. */
export function readRecord(resolved: ResolvedKey, value: unknown, fromVersion: number): ReadResult {
  const { entry } = resolved;
  if (fromVersion > entry.version) {
    return {
      ok: false,
      problem: {
        code: NEWER_ITEM_VERSION,
        detail: `written by a newer version of the extension (item version ${fromVersion}, this one reads up to ${entry.version})`,
      },
    };
  }
  let migrated = value;
  for (let version = fromVersion + 1; version <= entry.version; version++) {
    try {
      migrated = entry.migrations?.[version]?.(migrated) ?? migrated;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problem: { code: 'migration-failed', detail: `upgrade to version ${version} failed: ${message}` },
      };
    }
  }
  const parsed = entry.schema.safeParse(migrated);
  if (!parsed.success) return { ok: false, problem: { code: 'schema', detail: describeIssues(parsed.error) } };
  const mismatch = entry.check?.(resolved.suffix, parsed.data) ?? null;
  if (mismatch !== null) return { ok: false, problem: { code: 'wrong-key', detail: mismatch } };
  return { ok: true, value: parsed.data };
}
