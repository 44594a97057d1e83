/**
 * What the report worker does with each message, kept apart from the worker's globals so it can
 * be tested in node: read the file (telling progress), then answer page requests from the orders
 * it holds. Each sort is computed once and kept, so "show more" only slices.
 */
import { sortReportOrders } from './order-sort';
import type { FromReportWorker, ReportPage, ReportPageRequest, ToReportWorker } from './report-import-protocol';
import { parseRemovalReport, type RemovalReportOrder } from './report-parser';

export function createReportImportSession(post: (message: FromReportWorker) => void) {
  let orders: readonly RemovalReportOrder[] = [];
  const sorted = new Map<string, readonly RemovalReportOrder[]>();

  const pageOf = ({ sort, direction, limit }: ReportPageRequest): ReportPage => {
    const key = `${sort}:${direction}`;
    let list = sorted.get(key);
    if (!list) {
      list = sortReportOrders(orders, sort, direction);
      sorted.set(key, list);
    }
    return { orders: list.slice(0, Math.max(0, limit)), total: orders.length };
  };

  return async (message: ToReportWorker): Promise<void> => {
    if (message.type === 'page') {
      post({ type: 'page', id: message.id, page: pageOf(message) });
      return;
    }
    orders = [];
    sorted.clear();
    const result = await parseRemovalReport(message.file, {
      onProgress: (progress) => post({ type: 'progress', ...progress }),
    });
    if (!result.ok) {
      post({ type: 'done', outcome: result });
      return;
    }
    const { orders: read, ...overview } = result;
    orders = read;
    post({
      type: 'done',
      outcome: { ok: true, overview: { ...overview, orderCount: read.length }, firstPage: pageOf(message.firstPage) },
    });
  };
}
