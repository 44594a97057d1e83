/**
 * The imported report as a to-do list: totals a seller reads first (what can still be
 * cancelled, how many units, what it costs), and the search and filters that narrow the list.
 * Pure functions over the worker's orders; the popup only ever sees their results.
 */
import { type CancelEligibility, ELIGIBILITY_RANK } from './eligibility';
import { type RemovalReportOrder, roundFee } from './report-orders';

export interface ReportFilter {
  /** Part of an order ID or a SKU, any case; blank matches every order. */
  readonly query: string;
  readonly eligibility: CancelEligibility | null;
  /** Order type as the report writes it (Return, Disposal, …). */
  readonly orderType: string | null;
  /** A line disposition as the report writes it (Sellable, Unsellable, …). */
  readonly disposition: string | null;
}

export const NO_FILTER: ReportFilter = { query: '', eligibility: null, orderType: null, disposition: null };

/** One key per distinct filter, so that the worker keeps each filtered list once. */
export function filterKey(filter: ReportFilter): string {
  return JSON.stringify([normalizedQuery(filter.query), filter.eligibility, filter.orderType, filter.disposition]);
}

const normalizedQuery = (query: string) => query.trim().toLowerCase();

/** True when the filter lets fewer than every order through (a blank search is none). */
export function isFiltered(filter: ReportFilter): boolean {
  return filterKey(filter) !== filterKey(NO_FILTER);
}

export function matchesFilter(filter: ReportFilter): (order: RemovalReportOrder) => boolean {
  const query = normalizedQuery(filter.query);
  return (order) =>
    (filter.eligibility === null || order.eligibility === filter.eligibility) &&
    (filter.orderType === null || order.orderType === filter.orderType) &&
    (filter.disposition === null || order.dispositions.some((entry) => entry.disposition === filter.disposition)) &&
    (query === '' ||
      order.orderId.toLowerCase().includes(query) ||
      order.skus.some((sku) => sku.toLowerCase().includes(query)));
}

export interface CurrencyAmount {
  readonly currency: string;
  readonly amount: number;
}

export interface TotalsRow<K extends string = string> {
  readonly key: K;
  readonly orders: number;
  /** Requested units; orders from a file without that column add nothing. */
  readonly units: number;
  /** Removal fees per currency; orders whose lines mix currencies are left out (see mixedCurrencyOrders). */
  readonly fees: readonly CurrencyAmount[];
}

export interface ReportTotals {
  /** Every eligibility, cancellable first, zero rows included: "0 can still be cancelled" is news too. */
  readonly eligibility: readonly TotalsRow<CancelEligibility>[];
  /** Order types in first-seen order; orders without one are left out. */
  readonly orderTypes: readonly TotalsRow[];
  /** Requested units per line disposition; an order counts once in each disposition it holds. Fees are per order, so none here. */
  readonly dispositions: readonly TotalsRow[];
  readonly mixedCurrencyOrders: number;
}

class RowTotals {
  orders = 0;
  units = 0;
  readonly fees = new Map<string, number>();

  row<K extends string>(key: K): TotalsRow<K> {
    return {
      key,
      orders: this.orders,
      units: this.units,
      fees: [...this.fees].map(([currency, amount]) => ({ currency, amount: roundFee(amount) })),
    };
  }
}

export function reportTotals(orders: readonly RemovalReportOrder[]): ReportTotals {
  const eligibility = new Map<CancelEligibility, RowTotals>(
    (Object.keys(ELIGIBILITY_RANK) as CancelEligibility[])
      .sort((a, b) => ELIGIBILITY_RANK[a] - ELIGIBILITY_RANK[b])
      .map((key) => [key, new RowTotals()]),
  );
  const orderTypes = new Map<string, RowTotals>();
  const dispositions = new Map<string, RowTotals>();
  let mixedCurrencyOrders = 0;
  const totalsIn = (map: Map<string, RowTotals>, key: string) => {
    let totals = map.get(key);
    if (!totals) {
      totals = new RowTotals();
      map.set(key, totals);
    }
    return totals;
  };
  for (const order of orders) {
    if (order.mixedCurrencies) mixedCurrencyOrders += 1;
    const units = order.units.requested ?? 0;
    const fee = order.fees !== null && !order.mixedCurrencies ? order.fees : null;
    const rows = [eligibility.get(order.eligibility)];
    if (order.orderType) rows.push(totalsIn(orderTypes, order.orderType));
    for (const totals of rows) {
      if (!totals) continue;
      totals.orders += 1;
      totals.units += units;
      if (fee !== null) {
        const currency = order.currency ?? '';
        totals.fees.set(currency, (totals.fees.get(currency) ?? 0) + fee);
      }
    }
    for (const entry of order.dispositions) {
      const totals = totalsIn(dispositions, entry.disposition);
      totals.orders += 1;
      totals.units += entry.units;
    }
  }
  return {
    eligibility: [...eligibility].map(([key, totals]) => totals.row(key)),
    orderTypes: [...orderTypes].map(([key, totals]) => totals.row(key)),
    dispositions: [...dispositions].map(([key, totals]) => ({ ...totals.row(key), fees: [] })),
    mixedCurrencyOrders,
  };
}
