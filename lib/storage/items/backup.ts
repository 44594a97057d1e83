/** The one undo of the last import (lib/storage/backup-apply.ts): bookkeeping, not backed up. */
import { IMPORT_UNDO_KEY, undoSnapshotSchema } from '@/lib/backup/plan';
import { declareRawKey } from '../stored-item';

export const importUndoKey = declareRawKey({
  key: IMPORT_UNDO_KEY,
  schema: undoSnapshotSchema,
  version: 1,
  backup: 'derived',
});
