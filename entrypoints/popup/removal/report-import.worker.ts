/**
 * The Removal Order Detail report is read here, off the popup's thread: a 200,000-row file
 * takes seconds to parse, and the popup must keep answering clicks (and the Stop button) meanwhile.
 */
import type { FromReportWorker, ToReportWorker } from '@/lib/removal/report-import-protocol';
import { createReportImportSession } from '@/lib/removal/report-import-session';

/** The parts of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: FromReportWorker): void;
  onmessage: ((event: MessageEvent<ToReportWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = createReportImportSession((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
