/**
 * What the report worker does with each message, kept apart from the worker's globals so it can
 * be tested in node: read the file (telling progress), then answer page requests from the orders
 * it holds. Each sort is computed once and kept, so a scrolled list's next rows are only a slice.
 */
import { sortReportOrders } from './order-sort';
import type { FromReportWorker, ReportPage, ReportPageRequest, ToReportWorker } from './report-import-protocol';
import { parseRemovalReport, type RemovalReportOrder } from './report-parser';
import { filterKey, isFiltered, matchesFilter, NO_FILTER, reportTotals } from './report-view';

/** Filtered lists kept: a seller typing a search makes one per keystroke. */
const KEPT_FILTERS = 8;

export function createReportImportSession(post: (message: FromReportWorker) => void) {
  let orders: readonly RemovalReportOrder[] = [];
  const sorted = new Map<string, readonly RemovalReportOrder[]>();
  /** Per filter, its sorted lists; the oldest filter is dropped first. */
  const filtered = new Map<string, Map<string, readonly RemovalReportOrder[]>>();

  const sortedList = (sort: ReportPageRequest['sort'], direction: ReportPageRequest['direction']) => {
    const key = `${sort}:${direction}`;
    let list = sorted.get(key);
    if (!list) {
      list = sortReportOrders(orders, sort, direction);
      sorted.set(key, list);
    }
    return list;
  };

  const pageOf = ({ sort, direction, offset = 0, limit, filter = NO_FILTER }: ReportPageRequest): ReportPage => {
    const all = sortedList(sort, direction);
    let list = all;
    if (isFiltered(filter)) {
      const key = filterKey(filter);
      let lists = filtered.get(key);
      if (!lists) {
        lists = new Map();
        filtered.set(key, lists);
        if (filtered.size > KEPT_FILTERS) filtered.delete(filtered.keys().next().value as string);
      }
      const sortKey = `${sort}:${direction}`;
      let kept = lists.get(sortKey);
      if (!kept) {
        kept = all.filter(matchesFilter(filter));
        lists.set(sortKey, kept);
      }
      list = kept;
    }
    const from = Math.max(0, offset);
    return {
      offset: from,
      orders: list.slice(from, from + Math.max(0, limit)),
      total: orders.length,
      matching: list.length,
    };
  };

  return async (message: ToReportWorker): Promise<void> => {
    if (message.type === 'page') {
      post({ type: 'page', id: message.id, page: pageOf(message) });
      return;
    }
    orders = [];
    sorted.clear();
    filtered.clear();
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
      outcome: {
        ok: true,
        overview: { ...overview, orderCount: read.length, totals: reportTotals(read) },
        firstPage: pageOf(message.firstPage),
      },
    });
  };
}
