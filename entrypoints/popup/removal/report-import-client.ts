/**
 * The popup's side of the report worker: start a read, hear its progress, ask for pages of
 * orders, or stop it. Stopping ends the worker outright, so a stopped read uses no more time.
 */

import type {
  FromReportWorker,
  ReportOutcome,
  ReportPage,
  ReportPageRequest,
  ToReportWorker,
} from '@/lib/removal/report-import-protocol';
import type { ReportProgress } from '@/lib/removal/report-parser';

export interface ReportImport {
  /** Settles once with the read report, or its error; never if stopped. */
  readonly outcome: Promise<ReportOutcome>;
  page(request: ReportPageRequest): Promise<ReportPage>;
  /** Ends the worker: no more progress, no outcome, pages no longer answered. */
  stop(): void;
}

export function startReportImport(
  file: Blob,
  firstPage: ReportPageRequest,
  onProgress: (progress: ReportProgress) => void,
): ReportImport {
  const worker = new Worker(new URL('./report-import.worker.ts', import.meta.url), { type: 'module' });
  const pages = new Map<number, (page: ReportPage) => void>();
  let nextId = 0;
  let settle: (outcome: ReportOutcome) => void = () => undefined;
  const outcome = new Promise<ReportOutcome>((resolve) => {
    settle = resolve;
  });
  const send = (message: ToReportWorker) => worker.postMessage(message);

  worker.onmessage = ({ data }: MessageEvent<FromReportWorker>) => {
    if (data.type === 'progress') onProgress(data);
    else if (data.type === 'done') settle(data.outcome);
    else {
      pages.get(data.id)?.(data.page);
      pages.delete(data.id);
    }
  };
  // A worker that fails to start or dies is reported like any unreadable file, never left spinning.
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ ok: false, error: { kind: 'unreadable', message: event.message || 'the reader stopped' } });
  };
  send({ type: 'read', file, firstPage });

  return {
    outcome,
    page: (request) =>
      new Promise((resolve) => {
        const id = nextId++;
        pages.set(id, resolve);
        send({ type: 'page', id, ...request });
      }),
    stop: () => {
      worker.terminate();
      pages.clear();
    },
  };
}
