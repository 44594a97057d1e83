/**
 * The part of one sorted, filtered report list the popup holds: the report worker keeps every
 * order and hands them over a stretch of 100 at a time, as the virtual list scrolls to them.
 */
import type { ReportSortKey, SortDirection } from '@/lib/removal/order-sort';
import type { ReportPage } from '@/lib/removal/report-import-protocol';
import type { RemovalReportOrder } from '@/lib/removal/report-orders';
import { filterKey, type ReportFilter } from '@/lib/removal/report-view';

/** Rows asked of the report worker at a time. */
export const STRETCH_ROWS = 100;

export interface Sort {
  readonly key: ReportSortKey;
  readonly direction: SortDirection;
}

/** Names one list: a new sort or filter is a new list, read again from its top. */
export const listKey = (sort: Sort, filter: ReportFilter) => `${sort.key}|${sort.direction}|${filterKey(filter)}`;

export interface LoadedList {
  readonly key: string;
  /** Orders the list holds in the worker (the filter's matches, or the whole report). */
  readonly matching: number;
  /** Orders in the whole report. */
  readonly total: number;
  /** Stretches that arrived so far, by stretch number. */
  readonly stretches: ReadonlyMap<number, readonly RemovalReportOrder[]>;
}

/** The list `key` names, holding nothing yet but the stretch `page` brings. */
export const newList = (key: string, page: ReportPage): LoadedList =>
  withStretch({ key, matching: 0, total: 0, stretches: new Map() }, page);

export const withStretch = (list: LoadedList, page: ReportPage): LoadedList => ({
  ...list,
  matching: page.matching,
  total: page.total,
  stretches: new Map(list.stretches).set(Math.floor(page.offset / STRETCH_ROWS), page.orders),
});

export const orderAt = (list: LoadedList, index: number): RemovalReportOrder | undefined =>
  list.stretches.get(Math.floor(index / STRETCH_ROWS))?.[index % STRETCH_ROWS];

/** Stretches that rows `from` to `to` (exclusive) need and the list does not hold yet. */
export function missingStretches(list: LoadedList, from: number, to: number): number[] {
  const missing: number[] = [];
  const last = Math.min(to, list.matching) - 1;
  for (let stretch = Math.floor(from / STRETCH_ROWS); stretch * STRETCH_ROWS <= last; stretch++) {
    if (!list.stretches.has(stretch)) missing.push(stretch);
  }
  return missing;
}
