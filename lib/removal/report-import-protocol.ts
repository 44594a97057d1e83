/**
 * Messages between the popup and the worker that reads a Removal Order Detail report. The
 * worker keeps the orders; the popup asks for the rows it draws, so a report with tens of
 * thousands of orders never crosses to the popup's thread, where copying it would freeze it.
 */
import type { ReportSortKey, SortDirection } from './order-sort';
import type { RemovalReportOrder, ReportError, ReportProgress, ReportSuccess } from './report-parser';
import type { ReportFilter, ReportTotals } from './report-view';

export interface ReportPageRequest {
  readonly sort: ReportSortKey;
  readonly direction: SortDirection;
  /** The first row wanted, counted from the top of the sorted, filtered list; absent: 0. */
  readonly offset?: number;
  /** Rows wanted from there. */
  readonly limit: number;
  /** Absent: every order. */
  readonly filter?: ReportFilter;
}

export interface ReportPage {
  /** Where `orders` starts in the sorted, filtered list. */
  readonly offset: number;
  readonly orders: readonly RemovalReportOrder[];
  /** Orders in the whole report. */
  readonly total: number;
  /** Orders the filter lets through (the whole report without one). */
  readonly matching: number;
}

/** A read report without its orders: the popup draws them a page at a time. */
export type ReportOverview = Omit<ReportSuccess, 'orders'> & {
  readonly orderCount: number;
  readonly totals: ReportTotals;
};

export type ReportOutcome =
  | { readonly ok: true; readonly overview: ReportOverview; readonly firstPage: ReportPage }
  | { readonly ok: false; readonly error: ReportError };

export type ToReportWorker =
  | { readonly type: 'read'; readonly file: Blob; readonly firstPage: ReportPageRequest }
  | ({ readonly type: 'page'; readonly id: number } & ReportPageRequest);

export type FromReportWorker =
  | ({ readonly type: 'progress' } & ReportProgress)
  | { readonly type: 'done'; readonly outcome: ReportOutcome }
  | { readonly type: 'page'; readonly id: number; readonly page: ReportPage };
