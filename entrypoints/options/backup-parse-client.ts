/** Reads a backup file in a worker (backup-parse.worker.ts); one worker per file, ended after it. */
import type { BackupParseResult } from '@/lib/backup/parse';

export function parseBackupFile(file: Blob): Promise<BackupParseResult> {
  const worker = new Worker(new URL('./backup-parse.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<BackupParseResult>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<BackupParseResult>) => resolve(data);
    // A worker that cannot start or dies reports like a corrupt file instead of leaving the page waiting.
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ ok: false, error: { code: 'corrupt-json', detail: event.message || 'the reader stopped' } });
    };
    worker.postMessage(file);
  }).finally(() => worker.terminate());
}
