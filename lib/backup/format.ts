/**
 * The backup file: one JSON document holding every piece of user data, keyed by storage key.
 * See FORMAT.md beside this file.
 */
import * as z from 'zod/mini';

export const BACKUP_FORMAT = 'seller-central-companion/backup';
/** Raise when the envelope changes shape; older files stay importable through parse.ts. */
export const BACKUP_VERSION = 1;

export const unreadableRecordSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  reason: z.string(),
});
/** A stored value that did not validate at export: carried along so it is not lost, never imported. */
export type UnreadableRecord = z.infer<typeof unreadableRecordSchema>;

export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  /** The extension version that wrote the file, for support questions only. */
  app: z.optional(z.string()),
  /** Registry entry id -> the item version its records in `data` have. Missing means 1. */
  schemaVersions: z.optional(z.record(z.string(), z.int().check(z.minimum(1)))),
  /** Storage key (`sync:case:20424098481`, `sync:settings`, ...) -> value. */
  data: z.record(z.string(), z.unknown()),
  unreadable: z.optional(z.array(unreadableRecordSchema)),
});
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

export function backupFileName(at: Date): string {
  return `seller-central-companion-backup-${at.toISOString().slice(0, 10)}.json`;
}
