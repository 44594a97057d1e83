/**
 * Orders in the order a seller should look at them: what can still be cancelled first, then
 * what may still be cancelled, then by date, newest first.
 */
import { type CancelEligibility, ELIGIBILITY_RANK } from './eligibility';
import type { RemovalReportOrder } from './report-parser';

/** Eligibility rank, then date (newest first, undated last), then order ID for a stable result. */
export function compareForAttention<T extends { readonly eligibility: CancelEligibility; readonly orderId: string }>(
  dateOf: (item: T) => number | null,
): (a: T, b: T) => number {
  return (a, b) =>
    ELIGIBILITY_RANK[a.eligibility] - ELIGIBILITY_RANK[b.eligibility] ||
    compareDatesNewestFirst(dateOf(a), dateOf(b)) ||
    a.orderId.localeCompare(b.orderId);
}

function compareDatesNewestFirst(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

export const REPORT_SORT_KEYS = ['attention', 'requested', 'updated', 'status', 'units', 'fees', 'order-id'] as const;
export type ReportSortKey = (typeof REPORT_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** "Units" sorts by what was asked to be removed: the size of the order. */
function unitsOf(order: RemovalReportOrder): number | null {
  return order.units.requested;
}

/**
 * Report rows sorted by a column. 'attention' ignores the direction: its order is the point.
 * Missing values (no date, no fee column) always go last.
 */
export function sortReportOrders(
  orders: readonly RemovalReportOrder[],
  key: ReportSortKey = 'attention',
  direction: SortDirection = 'desc',
): RemovalReportOrder[] {
  const sorted = [...orders];
  if (key === 'attention') return sorted.sort(compareForAttention((order) => order.requestedAt));
  const sortValue: (order: RemovalReportOrder) => number | string | null = {
    requested: (order: RemovalReportOrder) => order.requestedAt,
    updated: (order: RemovalReportOrder) => order.lastUpdatedAt,
    status: (order: RemovalReportOrder) => order.eligibility,
    units: unitsOf,
    fees: (order: RemovalReportOrder) => order.fees,
    'order-id': (order: RemovalReportOrder) => order.orderId,
  }[key];
  const sign = direction === 'asc' ? 1 : -1;
  return sorted.sort((a, b) => {
    const left = sortValue(a);
    const right = sortValue(b);
    if (left === right) return a.orderId.localeCompare(b.orderId);
    if (left === null) return 1;
    if (right === null) return -1;
    if (key === 'status') {
      return sign * (ELIGIBILITY_RANK[left as CancelEligibility] - ELIGIBILITY_RANK[right as CancelEligibility]);
    }
    return (
      sign *
      (typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right)))
    );
  });
}
