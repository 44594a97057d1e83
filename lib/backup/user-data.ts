/**
 * The user's data as records: every registered value in a storage snapshot, migrated and
 * validated, with copies of one record (sync, its local fallback, a moved case) joined.
 */

import type { StorageKey } from '@/lib/storage/keys';
import type { StorageSnapshot } from '@/lib/storage/snapshot';
import type { UnreadableRecord } from './format';
import { type AnyBackupEntry, type BackupRegistry, type Place, readRecord, resolveKey } from './registry';

export interface UserRecord {
  readonly key: StorageKey;
  readonly entry: AnyBackupEntry;
  readonly value: unknown;
  /** Where a write of this record goes: a moved case stays where it was moved to. */
  readonly target: StorageKey;
}

export interface UserData {
  /** By canonical key, in key order. */
  readonly records: ReadonlyMap<string, UserRecord>;
  /** Values that did not validate: kept in the backup file, never imported. */
  readonly unreadable: readonly UnreadableRecord[];
}

/** WXT keeps an item's version at `<key>$` as { v }; no record means version 1. */
function storedVersion(snapshot: StorageSnapshot, key: string, place: Place, current: number): number {
  const meta = snapshot[`${key}$`] as { v?: unknown } | undefined;
  if (typeof meta?.v === 'number') return meta.v;
  // The fallback copy is written by the current code without a version record.
  return place === 'fallback' ? current : 1;
}

const PRECEDENCE: Readonly<Record<Place, number>> = { fallback: 0, alias: 1, main: 2 };

export function readUserData(snapshot: StorageSnapshot, registry: BackupRegistry): UserData {
  const groups = new Map<string, { entry: AnyBackupEntry; copies: { place: Place; key: string; value: unknown }[] }>();
  const unreadable: UnreadableRecord[] = [];

  for (const key of Object.keys(snapshot).sort()) {
    const raw = snapshot[key];
    const resolved = resolveKey(registry, key);
    if (!resolved || raw == null) continue;
    const read = readRecord(resolved, raw, storedVersion(snapshot, key, resolved.place, resolved.entry.version));
    if (!read.ok) {
      unreadable.push({ key, value: raw, reason: `${read.problem.code}: ${read.problem.detail}` });
      continue;
    }
    const group = groups.get(resolved.canonicalKey) ?? { entry: resolved.entry, copies: [] };
    group.copies.push({ place: resolved.place, key, value: read.value });
    groups.set(resolved.canonicalKey, group);
  }

  const records = new Map<string, UserRecord>();
  for (const canonicalKey of [...groups.keys()].sort()) {
    const { entry, copies } = groups.get(canonicalKey) as NonNullable<ReturnType<typeof groups.get>>;
    copies.sort((a, b) => PRECEDENCE[a.place] - PRECEDENCE[b.place]);
    const combine = entry.combine;
    const value = combine
      ? copies.map((c) => c.value).reduce((a, b) => combine(a, b))
      : (copies[0] as (typeof copies)[number]).value;
    const alias = copies.find((c) => c.place === 'alias');
    records.set(canonicalKey, {
      key: canonicalKey as StorageKey,
      entry,
      value,
      target: (alias?.key ?? canonicalKey) as StorageKey,
    });
  }
  return { records, unreadable };
}
