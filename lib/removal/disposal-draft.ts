/**
 * A report row handed to the disposal tracker. Unsellable units that leave no removal order
 * behind them (the order cancelled, or cancelled by the seller now) are disposed of 30 days after
 * they became unsellable. The report holds the units and SKUs, not that date: the seller gives it.
 */
import type { RemovalReportOrder } from './report-orders';
import type { NormalizedStatus } from './vocabulary';

export interface DisposalDraft {
  readonly orderId: string;
  /** The order's SKUs, as many as the tracker's field holds. */
  readonly sku: string;
  readonly units: number;
}

/** The report writes dispositions in English on every marketplace. */
const UNSELLABLE = /^unsellable$/i;
/** Orders whose units have left (or are leaving) the warehouse: no deadline is left to track. */
const UNITS_GONE: ReadonlySet<NormalizedStatus> = new Set(['completed', 'shipped']);
const SKU_FIELD_LENGTH = 100;

export function disposalDraftFor(order: RemovalReportOrder): DisposalDraft | null {
  if (order.status !== null && UNITS_GONE.has(order.status)) return null;
  let units = 0;
  for (const entry of order.dispositions) if (UNSELLABLE.test(entry.disposition.trim())) units += entry.units;
  if (units < 1) return null;
  return { orderId: order.orderId, sku: order.skus.join(', ').slice(0, SKU_FIELD_LENGTH), units };
}
