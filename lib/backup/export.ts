/** Writing the backup file from a storage snapshot. */

import type { StorageSnapshot } from '@/lib/storage/snapshot';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupEnvelope } from './format';
import type { BackupRegistry } from './registry';
import { readUserData } from './user-data';

export interface ExportOptions {
  readonly now: Date;
  /** The extension's version, e.g. from browser.runtime.getManifest().version. */
  readonly app?: string;
}

/**
 * Every registered record, at its current version, under its canonical key (a case moved to
 * local or waiting in the sync fallback is exported as `sync:case:<id>`). Values that do not
 * validate go into `unreadable`, so the file still holds everything.
 */
export function exportBackup(
  snapshot: StorageSnapshot,
  registry: BackupRegistry,
  options: ExportOptions,
): BackupEnvelope {
  const { records, unreadable } = readUserData(snapshot, registry);
  const data: Record<string, unknown> = {};
  for (const [key, record] of records) data[key] = record.value;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now.toISOString(),
    ...(options.app ? { app: options.app } : {}),
    schemaVersions: Object.fromEntries(registry.entries.map((entry) => [entry.id, entry.version])),
    data,
    ...(unreadable.length > 0 ? { unreadable: [...unreadable] } : {}),
  };
}

/** Indented, so a seller (or support) can read it; key order is stable between exports. */
export function serializeBackup(envelope: BackupEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
