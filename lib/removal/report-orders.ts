/**
 * Report lines → one summary per removal order. A line is one SKU/FNSKU/disposition of an
 * order; a line seen twice (overlapping downloads) keeps its latest update, and the order's
 * status and dates come from its most recently updated line.
 */
import {
  type CancelEligibility,
  type EligibilityReason,
  isAmazonInitiatedOrder,
  verdictForReading,
} from './eligibility';
import { statusOf } from './status-lookup';
import type { NormalizedStatus } from './vocabulary';

export const QUANTITY_KINDS = ['requested', 'cancelled', 'disposed', 'shipped', 'inProcess'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

/** One valid row of the report, its cells already read. */
export interface ReportLine {
  readonly orderId: string;
  readonly statusText: string;
  readonly sku: string;
  /** Sellable, Unsellable, …, as written (empty when the file has no disposition column). */
  readonly disposition: string;
  /** sku, fnsku and disposition together: what makes a line distinct within its order. */
  readonly lineKey: string;
  /** Units in QUANTITY_KINDS order. */
  readonly units: readonly number[];
  readonly fee: number;
  readonly currency: string;
  readonly lastUpdated: string;
  readonly updatedAt: number | null;
  readonly requestDate: string;
  readonly requestedAt: number | null;
  readonly orderType: string;
  readonly orderSource: string;
  readonly serviceSpeed: string;
}

export interface RemovalReportOrder {
  readonly orderId: string;
  /** As written in the file, and as epoch ms for sorting (null when the file's date is unreadable). */
  readonly requestDate: string | null;
  readonly requestedAt: number | null;
  readonly lastUpdated: string | null;
  readonly lastUpdatedAt: number | null;
  readonly orderType: string | null;
  readonly orderSource: string | null;
  readonly serviceSpeed: string | null;
  readonly statusText: string;
  readonly status: NormalizedStatus | null;
  readonly eligibility: CancelEligibility;
  readonly reason: EligibilityReason;
  readonly amazonInitiated: boolean;
  /** Distinct order lines (sku / fnsku / disposition). */
  readonly lines: number;
  readonly skus: readonly string[];
  /** Requested units per line disposition (Sellable, Unsellable, …), as written, in first-seen order. */
  readonly dispositions: readonly OrderDisposition[];
  /** Units per quantity column; null when the file has no such column. */
  readonly units: Readonly<Record<QuantityKind, number | null>>;
  /** Sum of removal-fee over the lines; null when the file has no fee column. */
  readonly fees: number | null;
  readonly currency: string | null;
  /** Lines disagree about the currency: `fees` adds different currencies and should not be shown as one sum. */
  readonly mixedCurrencies: boolean;
}

export interface OrderDisposition {
  readonly disposition: string;
  readonly units: number;
}

/** What an order keeps of each line: the figures, not the order-level text every line repeats. */
interface LineFigures {
  readonly sku: string;
  readonly disposition: string;
  readonly units: readonly number[];
  readonly fee: number;
  readonly currency: string;
  readonly updatedAt: number | null;
  /** Position in the file: breaks ties between equal (or unreadable) update times. */
  readonly order: number;
}

interface OrderState {
  readonly lines: Map<string, LineFigures>;
  /** The most recently updated line: the order's status, type, source and last update come from it. */
  latest: ReportLine;
  latestAt: { readonly updatedAt: number | null; readonly order: number };
  requestDate: string | null;
  requestedAt: number | null;
}

/** Later update wins; lines without a readable date lose to dated ones; otherwise the later row wins. */
function isLater(
  candidate: { readonly updatedAt: number | null; readonly order: number },
  than: { readonly updatedAt: number | null; readonly order: number },
): boolean {
  const a = candidate.updatedAt;
  const b = than.updatedAt;
  if (a !== null && b !== null && a !== b) return a > b;
  if (a !== null && b === null) return true;
  if (a === null && b !== null) return false;
  return candidate.order > than.order;
}

export interface OrderTotals {
  /** Adds a line; returns true when it repeated a line already seen. */
  add(line: ReportLine): boolean;
  /** Summaries in the order orders first appeared. */
  summaries(present: {
    readonly units: Readonly<Record<QuantityKind, boolean>>;
    readonly fees: boolean;
  }): RemovalReportOrder[];
}

export function createOrderTotals(): OrderTotals {
  const orders = new Map<string, OrderState>();
  let count = 0;
  return {
    add(line) {
      const figures: LineFigures = {
        sku: line.sku,
        disposition: line.disposition,
        units: line.units,
        fee: line.fee,
        currency: line.currency,
        updatedAt: line.updatedAt,
        order: count++,
      };
      const state = orders.get(line.orderId);
      if (!state) {
        orders.set(line.orderId, {
          lines: new Map([[line.lineKey, figures]]),
          latest: line,
          latestAt: figures,
          requestDate: line.requestDate || null,
          requestedAt: line.requestedAt,
        });
        return false;
      }
      const previous = state.lines.get(line.lineKey);
      if (!previous || isLater(figures, previous)) state.lines.set(line.lineKey, figures);
      if (isLater(figures, state.latestAt)) {
        state.latest = line;
        state.latestAt = figures;
      }
      // The earliest request date: a re-dated line does not make the order younger.
      if (
        line.requestDate &&
        (state.requestDate === null || (line.requestedAt ?? Infinity) < (state.requestedAt ?? Infinity))
      ) {
        state.requestDate = line.requestDate;
        state.requestedAt = line.requestedAt;
      }
      return previous !== undefined;
    },
    summaries(present) {
      return [...orders.values()].map((state) => summarize(state, present));
    },
  };
}

function summarize(
  state: OrderState,
  present: { readonly units: Readonly<Record<QuantityKind, boolean>>; readonly fees: boolean },
): RemovalReportOrder {
  const totals = [0, 0, 0, 0, 0];
  let fees = 0;
  const currencies = new Set<string>();
  const skus = new Set<string>();
  const dispositions = new Map<string, number>();
  for (const line of state.lines.values()) {
    for (let i = 0; i < totals.length; i++) totals[i] = (totals[i] ?? 0) + (line.units[i] ?? 0);
    if (line.disposition !== '')
      dispositions.set(line.disposition, (dispositions.get(line.disposition) ?? 0) + (line.units[0] ?? 0));
    fees += line.fee;
    if (line.currency !== '') currencies.add(line.currency);
    if (line.sku !== '') skus.add(line.sku);
  }
  const units = {} as Record<QuantityKind, number | null>;
  QUANTITY_KINDS.forEach((kind, i) => {
    units[kind] = present.units[kind] ? (totals[i] ?? 0) : null;
  });
  const latest = state.latest;
  const amazonInitiated = isAmazonInitiatedOrder({ source: latest.orderSource, type: latest.orderType });
  const verdict = verdictForReading(latest.statusText, statusOf(latest.statusText), amazonInitiated);
  return {
    orderId: latest.orderId,
    requestDate: state.requestDate,
    requestedAt: state.requestedAt,
    lastUpdated: latest.lastUpdated || null,
    lastUpdatedAt: latest.updatedAt,
    orderType: latest.orderType || null,
    orderSource: latest.orderSource || null,
    serviceSpeed: latest.serviceSpeed || null,
    statusText: latest.statusText,
    status: verdict.status,
    eligibility: verdict.eligibility,
    reason: verdict.reason,
    amazonInitiated,
    lines: state.lines.size,
    skus: [...skus],
    dispositions: [...dispositions].map(([disposition, units]) => ({ disposition, units })),
    units,
    fees: present.fees ? roundFee(fees) : null,
    currency: currencies.values().next().value ?? null,
    mixedCurrencies: currencies.size > 1,
  };
}

/** Sums of decimal fees drift (0.1 + 0.2); fees are quoted to the cent or finer. */
export function roundFee(value: number): number {
  return Math.round(value * 10000) / 10000;
}
