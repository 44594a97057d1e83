/**
 * A backup file is read and checked here, off the options page's thread: a backup of many
 * megabytes takes a long moment to parse and validate, and the page must stay responsive.
 */
import { type BackupParseResult, parseBackupText } from '@/lib/backup/parse';

/** The parts of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: BackupParseResult): void;
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = async (event) => {
  let text: string;
  try {
    text = await event.data.text();
  } catch (error) {
    // The file went away or could not be read: said like any file that is not a readable backup.
    scope.postMessage({ ok: false, error: { code: 'corrupt-json', detail: String(error) } });
    return;
  }
  scope.postMessage(parseBackupText(text));
};
