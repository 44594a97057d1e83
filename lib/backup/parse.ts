/** Reading a backup file, refusing clearly what cannot be imported. */
import { describeIssues } from '@/lib/storage/describe-issues';
import { repeatedDataKeys } from './duplicate-keys';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupEnvelope, backupEnvelopeSchema } from './format';

/** Larger than any real backup (the local area holds 10 MB); refuses a wrong file before parsing it. */
export const BACKUP_MAX_CHARS = 50_000_000;

export type BackupParseError =
  | { readonly code: 'too-large'; readonly detail: string }
  | { readonly code: 'corrupt-json'; readonly detail: string }
  | { readonly code: 'not-a-backup'; readonly detail: string }
  | { readonly code: 'newer-version'; readonly found: number; readonly supported: number; readonly detail: string }
  | { readonly code: 'invalid-envelope'; readonly detail: string };

export type BackupParseResult =
  | {
      readonly ok: true;
      readonly backup: BackupEnvelope;
      /** Keys the file's `data` holds more than once, with every copy (duplicate-keys.ts). */
      readonly repeated: ReadonlyMap<string, readonly unknown[]>;
    }
  | { readonly ok: false; readonly error: BackupParseError };

export function parseBackupText(text: string): BackupParseResult {
  if (text.length > BACKUP_MAX_CHARS) {
    return { ok: false, error: { code: 'too-large', detail: `${text.length} characters` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      error: { code: 'corrupt-json', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  if (
    json === null ||
    // Stryker disable next-line ConditionalExpression: equivalent; a primitive has no `format`, so the format test refuses it too.
    typeof json !== 'object' ||
    Array.isArray(json) ||
    (json as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return { ok: false, error: { code: 'not-a-backup', detail: `expected "format": "${BACKUP_FORMAT}"` } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return {
      ok: false,
      error: {
        code: 'newer-version',
        found: version,
        supported: BACKUP_VERSION,
        detail: `file version ${version}; this extension reads up to version ${BACKUP_VERSION}`,
      },
    };
  }
  const parsed = backupEnvelopeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-envelope', detail: describeIssues(parsed.error) } };
  return { ok: true, backup: parsed.data, repeated: repeatedDataKeys(text) };
}
