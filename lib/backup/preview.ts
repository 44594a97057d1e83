/**
 * What an import would do, record by record, before anything is written. Records the
 * backup does not mention are not touched; nothing is ever deleted by an import.
 */

import type { StorageKey } from '@/lib/storage/keys';
import type { StorageSnapshot } from '@/lib/storage/snapshot';
import type { BackupEnvelope } from './format';
import {
  type AnyBackupEntry,
  type BackupRegistry,
  type ConflictReason,
  defaultMerge,
  type InvalidReason,
  NEWER_ITEM_VERSION,
  type ReadResult,
  type ResolvedKey,
  readRecord,
  resolveKey,
} from './registry';
import { readUserData } from './user-data';

interface Located {
  readonly key: string;
  readonly entryId: string;
  /** The storage key a write goes to, and the item version to record beside it. */
  readonly target: StorageKey;
  readonly version: number;
}

export type PreviewItem =
  | (Located & { readonly status: 'new'; readonly value: unknown })
  | (Located & {
      readonly status: 'updated';
      readonly reason: 'incoming-newer' | 'merged';
      readonly current: unknown;
      readonly value: unknown;
    })
  | (Located & { readonly status: 'unchanged'; readonly reason: 'identical' | 'current-newer' })
  | (Located & {
      readonly status: 'conflict';
      readonly reason: ConflictReason;
      readonly current: unknown;
      readonly incoming: unknown;
      readonly keep: unknown | null;
      readonly take: unknown;
    })
  | { readonly status: 'invalid'; readonly key: string; readonly problem: InvalidReason; readonly value: unknown };

export type PreviewStatus = PreviewItem['status'];

/** A key the file holds more than once: how many copies, resolved as one before comparing. */
export interface RepeatedKey {
  readonly key: string;
  readonly copies: number;
}

export interface ImportPreview {
  readonly exportedAt: string;
  readonly items: readonly PreviewItem[];
  readonly repeated: readonly RepeatedKey[];
  readonly counts: Readonly<Record<PreviewStatus, number>>;
}

function countByStatus(items: readonly PreviewItem[]): Record<PreviewStatus, number> {
  const counts: Record<PreviewStatus, number> = { new: 0, updated: 0, unchanged: 0, conflict: 0, invalid: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

const stampOf = (value: unknown) => {
  const stamp = (value as { updatedAt?: unknown } | null)?.updatedAt;
  return typeof stamp === 'number' ? stamp : Number.NEGATIVE_INFINITY;
};

/**
 * Copies of one key in the file, read and resolved as one: joined by the item's own rule where
 * it has one (cases merge by updatedAt), else the copy changed last wins (the later in the file
 * at equal times). Copies that do not read are left out while another one does.
 */
function readRepeated(resolved: ResolvedKey, copies: readonly unknown[], version: number): ReadResult {
  const reads = copies.map((copy) => readRecord(resolved, copy, version));
  const good = reads.flatMap((read) => (read.ok ? [read.value] : []));
  if (good.length === 0) return reads.at(-1) as ReadResult;
  const combine = resolved.entry.combine;
  const value = good.reduce((a, b) => (combine ? combine(a, b) : stampOf(b) >= stampOf(a) ? b : a));
  return { ok: true, value };
}

/** Validates every record of the backup and compares it with the current data. */
export function previewImport(
  backup: BackupEnvelope,
  snapshot: StorageSnapshot,
  registry: BackupRegistry,
  repeated: ReadonlyMap<string, readonly unknown[]> = new Map(),
): ImportPreview {
  const current = readUserData(snapshot, registry);
  // Values a newer version wrote here are kept as they are: an import never writes over them.
  const newerHere = new Set(
    current.unreadable.filter((u) => u.reason.startsWith(NEWER_ITEM_VERSION)).map((u) => u.key),
  );
  const items: PreviewItem[] = [];
  // Copies of one record in the file (e.g. under sync:case: and local:caseRecord:) are joined first.
  const incoming = new Map<string, { entry: AnyBackupEntry; value: unknown }>();

  for (const key of Object.keys(backup.data).sort()) {
    const value = backup.data[key];
    const resolved = resolveKey(registry, key);
    if (!resolved) {
      items.push({
        status: 'invalid',
        key,
        value,
        problem: { code: 'unknown-key', detail: 'not a kind of data this extension keeps' },
      });
      continue;
    }
    const version = backup.schemaVersions?.[resolved.entry.id] ?? 1;
    const read = readRepeated(resolved, repeated.get(key) ?? [value], version);
    if (!read.ok) {
      items.push({ status: 'invalid', key, value, problem: read.problem });
      continue;
    }
    const seen = incoming.get(resolved.canonicalKey);
    const combine = resolved.entry.combine;
    if (seen && !combine) {
      items.push({
        status: 'invalid',
        key,
        value,
        problem: { code: 'wrong-key', detail: `a second copy of ${resolved.canonicalKey}` },
      });
      continue;
    }
    incoming.set(resolved.canonicalKey, {
      entry: resolved.entry,
      value: seen && combine ? combine(seen.value, read.value) : read.value,
    });
  }

  for (const [key, { entry, value }] of [...incoming].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (newerHere.has(key)) {
      items.push({
        key,
        entryId: entry.id,
        target: key as StorageKey,
        version: entry.version,
        status: 'unchanged',
        reason: 'current-newer',
      });
      continue;
    }
    const existing = current.records.get(key);
    const located: Located = {
      key,
      entryId: entry.id,
      target: existing?.target ?? (key as StorageKey),
      version: entry.version,
    };
    if (!existing) {
      items.push({ ...located, status: 'new', value });
      continue;
    }
    const outcome = (entry.merge ?? defaultMerge)(existing.value, value);
    if (outcome.status === 'unchanged') items.push({ ...located, status: 'unchanged', reason: outcome.reason });
    else if (outcome.status === 'updated') {
      items.push({
        ...located,
        status: 'updated',
        reason: outcome.reason,
        current: existing.value,
        value: outcome.value,
      });
    } else {
      items.push({
        ...located,
        status: 'conflict',
        reason: outcome.reason,
        current: existing.value,
        incoming: value,
        keep: outcome.keep,
        take: outcome.take,
      });
    }
  }

  for (const record of backup.unreadable ?? []) {
    items.push({
      status: 'invalid',
      key: record.key,
      value: record.value,
      problem: { code: 'unreadable-at-export', detail: record.reason },
    });
  }
  return {
    exportedAt: backup.exportedAt,
    items,
    counts: countByStatus(items),
    repeated: [...repeated].map(([key, copies]) => ({ key, copies: copies.length })),
  };
}
