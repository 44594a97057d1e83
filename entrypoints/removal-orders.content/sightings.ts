import type { MarketplaceCode } from '@/lib/marketplaces';
import { sendMessage } from '@/lib/messaging';
import type { Sighting } from '@/lib/removal/seen-orders';
import { statusOf } from '@/lib/removal/status-lookup';
import type { RemovalOrderOnPage } from '@/lib/removal/table-scan.dom';

/** What the background accepts per status or type cell (its schema's limit). */
const MAX_CELL_TEXT = 500;
/**
 * Tells the background which orders this page shows, each once per status: a 2,000-row table
 * is one message at idle, and a mutation batch that brings nothing new sends nothing.
 */
export class SightingReporter {
  /** Order ID → what was last reported about it. */
  private readonly reported = new Map<string, string>();

  constructor(private readonly marketplace: MarketplaceCode) {}

  report(orders: readonly RemovalOrderOnPage[]): void {
    const fresh = new Map<string, Sighting>();
    for (const order of orders) {
      const key = `${order.statusText}\u0000${order.amazonInitiated}`;
      if (this.reported.get(order.orderId) === key) continue;
      this.reported.set(order.orderId, key);
      fresh.set(order.orderId, {
        orderId: order.orderId,
        // The background refuses longer text: one odd cell must not cost the page's other orders.
        statusText: order.statusText.slice(0, MAX_CELL_TEXT),
        status: statusOf(order.statusText),
        amazonInitiated: order.amazonInitiated,
        orderType: order.orderType?.slice(0, MAX_CELL_TEXT) ?? null,
      });
    }
    if (fresh.size === 0) return;
    const sightings = [...fresh.values()];
    sendMessage('reportRemovalSightings', { marketplace: this.marketplace, sightings }).catch(() => {
      // The background is reloading: forget these, so the next scan that shows them reports again.
      for (const sighting of sightings) this.reported.delete(sighting.orderId);
    });
  }
}
