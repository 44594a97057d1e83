/**
 * Removal orders seen recently, per marketplace: one entry per order ID, the status it showed
 * over time (a change is recorded only when the status changes), and when it was last seen.
 * Pure and free of zod so any context can use it; the stored shape lives in
 * schemas.ts (its item: lib/storage/items/removal.ts).
 */
import { type CancelVerdict, ELIGIBILITY_RANK, verdictForStatus } from './eligibility';
import { normalizeLabel } from './normalize';
import { compareForAttention } from './order-sort';
import type { NormalizedStatus } from './vocabulary';

/** Enough for a busy seller's recent orders; local storage holds one list per marketplace. */
export const MAX_SEEN_ORDERS = 300;
/** An order rarely changes status more than a handful of times; older changes add nothing. */
export const MAX_STATUS_HISTORY = 12;
/** "Recently": orders not seen for half a year drop out. */
export const SEEN_RETENTION_MS = 180 * 24 * 60 * 60 * 1000;
export const MAX_ORDER_ID_LENGTH = 100;
export const MAX_STATUS_TEXT_LENGTH = 80;

export interface StatusChange {
  readonly at: number;
  readonly text: string;
  readonly status: NormalizedStatus | null;
}

export interface SeenRemovalOrder {
  readonly orderId: string;
  readonly statusText: string;
  readonly status: NormalizedStatus | null;
  readonly amazonInitiated: boolean;
  readonly orderType?: string;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Oldest first; consecutive entries always differ in status. */
  readonly history: readonly StatusChange[];
}

export interface SeenOrders {
  readonly orders: readonly SeenRemovalOrder[];
}

export const NO_SEEN_ORDERS: SeenOrders = { orders: [] };

/** What a page (or an imported report) showed about one order. */
export interface Sighting {
  readonly orderId: string;
  readonly statusText: string;
  /**
   * What the status text means, read where the text was (the content script has every
   * language's statuses): the worker stays free of the vocabularies.
   */
  readonly status: NormalizedStatus | null;
  readonly amazonInitiated?: boolean;
  readonly orderType?: string | null;
}

/** Two texts name the same status when they normalize to the same recognized status (or the same text). */
function statusKey(change: { readonly text: string; readonly status: NormalizedStatus | null }): string {
  return change.status ?? `?${normalizeLabel(change.text)}`;
}

function clip(text: string, length: number): string {
  return text.length > length ? text.slice(0, length) : text;
}

export function recordSightings(state: SeenOrders, sightings: readonly Sighting[], now: number): SeenOrders {
  const byId = new Map(state.orders.map((order) => [order.orderId, order]));
  for (const sighting of sightings) {
    const orderId = sighting.orderId.trim();
    if (orderId === '' || orderId.length > MAX_ORDER_ID_LENGTH) continue;
    const text = clip(sighting.statusText.replace(/\s+/g, ' ').trim(), MAX_STATUS_TEXT_LENGTH);
    const change: StatusChange = { at: now, text, status: sighting.status };
    const known = byId.get(orderId);
    byId.set(orderId, {
      ...known,
      orderId,
      statusText: text,
      status: change.status,
      amazonInitiated: Boolean(sighting.amazonInitiated) || (known?.amazonInitiated ?? false),
      ...withOrderType(sighting.orderType ?? known?.orderType),
      firstSeen: known ? Math.min(known.firstSeen, now) : now,
      lastSeen: known ? Math.max(known.lastSeen, now) : now,
      history: withChange(known?.history ?? [], change).slice(-MAX_STATUS_HISTORY),
    });
  }
  return capped(state, [...byId.values()], now);
}

/**
 * Appends a change of status. Times stay strictly increasing: a second change at the same
 * moment (or a clock that went back) replaces the last entry, which keeps merges exact.
 */
function withChange(history: readonly StatusChange[], change: StatusChange): readonly StatusChange[] {
  const last = history.at(-1);
  if (last && statusKey(last) === statusKey(change)) return history;
  const kept = last && last.at >= change.at ? history.slice(0, -1) : history;
  const before = kept.at(-1);
  return before && statusKey(before) === statusKey(change) ? kept : [...kept, change];
}

function withOrderType(orderType: string | null | undefined): { orderType?: string } {
  const value = orderType?.trim();
  return value ? { orderType: clip(value, MAX_STATUS_TEXT_LENGTH) } : {};
}

/**
 * Newest first, bounded in count and age, so storage never grows without limit. Orders seen at
 * the same moment (one big report page) keep the ones a seller can still act on: a page of 2,000
 * completed orders must not push out the three that can still be cancelled.
 */
function capped(base: SeenOrders, orders: readonly SeenRemovalOrder[], now: number): SeenOrders {
  const fresh = orders.filter((order) => now - order.lastSeen <= SEEN_RETENTION_MS);
  const rank = (order: SeenRemovalOrder) =>
    ELIGIBILITY_RANK[verdictForStatus(order.status, order.amazonInitiated).eligibility];
  fresh.sort((a, b) => b.lastSeen - a.lastSeen || rank(a) - rank(b) || a.orderId.localeCompare(b.orderId));
  // Fields a newer version keeps beside the list stay (lib/keep-unknown.ts).
  return { ...base, orders: fresh.slice(0, MAX_SEEN_ORDERS) };
}

/**
 * Merges two lists (an import into what is stored). Histories are joined and collapsed so a
 * status change is kept once; the current status is the one seen last. Merging a list with
 * itself changes nothing, and the order of arguments does not matter.
 */
export function mergeSeenOrders(a: SeenOrders, b: SeenOrders, now: number): SeenOrders {
  const byId = new Map<string, SeenRemovalOrder>();
  for (const order of [...a.orders, ...b.orders]) {
    const known = byId.get(order.orderId);
    byId.set(order.orderId, known ? mergeOne(known, order) : order);
  }
  return capped({ ...b, ...a }, [...byId.values()], now);
}

function mergeOne(a: SeenRemovalOrder, b: SeenRemovalOrder): SeenRemovalOrder {
  const history = collapse(
    [...a.history, ...b.history].sort(
      (x, y) => x.at - y.at || statusKey(x).localeCompare(statusKey(y)) || x.text.localeCompare(y.text),
    ),
  ).slice(-MAX_STATUS_HISTORY);
  const latest = laterOf(a, b);
  const other = latest === a ? b : a;
  return {
    ...other,
    ...latest,
    orderId: a.orderId,
    statusText: latest.statusText,
    status: latest.status,
    amazonInitiated: a.amazonInitiated || b.amazonInitiated,
    ...withOrderType(latest.orderType ?? other.orderType),
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: Math.max(a.lastSeen, b.lastSeen),
    history,
  };
}

/** Which copy describes the order now: seen last, then changed last, then a fixed tie-break. */
function laterOf(a: SeenRemovalOrder, b: SeenRemovalOrder): SeenRemovalOrder {
  if (a.lastSeen !== b.lastSeen) return a.lastSeen > b.lastSeen ? a : b;
  const aChanged = a.history.at(-1)?.at ?? 0;
  const bChanged = b.history.at(-1)?.at ?? 0;
  if (aChanged !== bChanged) return aChanged > bChanged ? a : b;
  return a.statusText <= b.statusText ? a : b;
}

function collapse(changes: readonly StatusChange[]): StatusChange[] {
  const out: StatusChange[] = [];
  for (const change of changes) {
    const last = out.at(-1);
    if (!last || statusKey(last) !== statusKey(change)) out.push(change);
  }
  return out;
}

export type SeenOrderView = SeenRemovalOrder & CancelVerdict;

/** For the popup: each order with its verdict, cancellable first, then most recently seen. */
export function seenOrdersForDisplay(state: SeenOrders): SeenOrderView[] {
  return state.orders
    .map((order) => ({ ...order, ...verdictForStatus(order.status, order.amazonInitiated) }))
    .sort(compareForAttention((order) => order.lastSeen));
}
