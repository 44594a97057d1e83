import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seenOrdersSchema } from '@/lib/removal/schemas';
import {
  MAX_SEEN_ORDERS,
  MAX_STATUS_HISTORY,
  mergeSeenOrders,
  NO_SEEN_ORDERS,
  recordSightings,
  SEEN_RETENTION_MS,
  type SeenOrders,
  type Sighting,
  seenOrdersForDisplay,
} from '@/lib/removal/seen-orders';
import { statusOf } from '@/lib/removal/status-lookup';
import { seenOrdersItem } from '@/lib/storage/items/removal';
import { listQuarantine } from '@/lib/storage/quarantine';

/** Sightings as the content script sends them: the status read from the text where it was shown. */
type Seen = Omit<Sighting, 'status'>;
const record = (state: SeenOrders, sightings: readonly Seen[], now: number) =>
  recordSightings(
    state,
    sightings.map((s) => ({ ...s, status: statusOf(s.statusText) })),
    now,
  );

const T0 = Date.UTC(2025, 10, 1, 12);
const HOUR = 60 * 60 * 1000;

describe('seen removal orders', () => {
  it('keeps one entry per order and a history entry only when the status changes', () => {
    let state = record(NO_SEEN_ORDERS, [{ orderId: 'R-1', statusText: 'Pending' }], T0);
    state = record(state, [{ orderId: 'R-1', statusText: 'PENDING ' }], T0 + HOUR);
    state = record(state, [{ orderId: 'R-1', statusText: 'Väntande' }], T0 + 2 * HOUR);
    state = record(state, [{ orderId: 'R-1', statusText: 'Processing' }], T0 + 3 * HOUR);
    state = record(state, [{ orderId: 'R-1', statusText: 'Processing' }], T0 + 4 * HOUR);
    expect(state.orders).toHaveLength(1);
    expect(state.orders[0]).toMatchObject({
      orderId: 'R-1',
      statusText: 'Processing',
      status: 'processing',
      firstSeen: T0,
      lastSeen: T0 + 4 * HOUR,
      history: [
        { at: T0, text: 'Pending', status: 'pending' },
        { at: T0 + 3 * HOUR, text: 'Processing', status: 'processing' },
      ],
    });
  });

  it('tells unrecognized statuses apart by their text', () => {
    let state = record(NO_SEEN_ORDERS, [{ orderId: 'R-1', statusText: 'On hold' }], T0);
    state = record(state, [{ orderId: 'R-1', statusText: 'on  hold' }], T0 + HOUR);
    state = record(state, [{ orderId: 'R-1', statusText: 'Awaiting carrier' }], T0 + 2 * HOUR);
    expect(state.orders[0]?.history.map((h) => [h.text, h.status])).toEqual([
      ['On hold', null],
      ['Awaiting carrier', null],
    ]);
  });

  it('caps the history and the list, and forgets orders not seen for half a year', () => {
    let state = NO_SEEN_ORDERS;
    for (let i = 0; i < MAX_STATUS_HISTORY + 5; i++) {
      state = record(state, [{ orderId: 'R-1', statusText: i % 2 ? 'Pending' : 'Processing' }], T0 + i);
    }
    expect(state.orders[0]?.history).toHaveLength(MAX_STATUS_HISTORY);
    expect(state.orders[0]?.history.at(-1)?.at).toBe(T0 + MAX_STATUS_HISTORY + 4);

    const many = Array.from({ length: MAX_SEEN_ORDERS + 10 }, (_, i) => ({ orderId: `M-${i}`, statusText: 'Pending' }));
    state = record(NO_SEEN_ORDERS, many.slice(0, 10), T0);
    state = record(state, many.slice(10), T0 + HOUR);
    expect(state.orders).toHaveLength(MAX_SEEN_ORDERS);
    expect(state.orders.some((o) => o.orderId === 'M-0')).toBe(false);

    const later = record(state, [{ orderId: 'NEW', statusText: 'Pending' }], T0 + HOUR + SEEN_RETENTION_MS + 1);
    expect(later.orders.map((o) => o.orderId)).toEqual(['NEW']);
  });

  it('keeps the orders that can still be cancelled when one page shows more than the cap', () => {
    const completed = Array.from({ length: MAX_SEEN_ORDERS + 50 }, (_, i) => ({
      orderId: `A-${String(i).padStart(4, '0')}`,
      statusText: 'Completed',
    }));
    const open = [
      { orderId: 'Z-1', statusText: 'Pending' },
      { orderId: 'Z-2', statusText: 'Processing' },
      { orderId: 'Z-3', statusText: 'Planering' },
    ];
    const state = record(NO_SEEN_ORDERS, [...completed, ...open], T0);
    expect(state.orders).toHaveLength(MAX_SEEN_ORDERS);
    expect(state.orders.slice(0, 3).map((o) => o.orderId)).toEqual(['Z-1', 'Z-3', 'Z-2']);
  });

  it('ignores sightings without a usable order ID', () => {
    const state = record(
      NO_SEEN_ORDERS,
      [
        { orderId: '  ', statusText: 'Pending' },
        { orderId: 'x'.repeat(101), statusText: 'Pending' },
      ],
      T0,
    );
    expect(state).toEqual(NO_SEEN_ORDERS);
  });

  it('remembers an Amazon-initiated order as such', () => {
    let state = record(NO_SEEN_ORDERS, [{ orderId: 'A-1', statusText: 'Pending', amazonInitiated: true }], T0);
    state = record(state, [{ orderId: 'A-1', statusText: 'Pending' }], T0 + HOUR);
    expect(seenOrdersForDisplay(state)[0]).toMatchObject({
      eligibility: 'not-cancellable',
      reason: 'amazon-initiated',
    });
  });

  it('lists cancellable orders first, then the most recently seen', () => {
    const state = record(
      record(
        NO_SEEN_ORDERS,
        [
          { orderId: 'done', statusText: 'Completed' },
          { orderId: 'can-old', statusText: 'Pending' },
        ],
        T0,
      ),
      [
        { orderId: 'maybe', statusText: 'In Process' },
        { orderId: 'can-new', statusText: 'Planning' },
        { orderId: 'odd', statusText: '???' },
      ],
      T0 + HOUR,
    );
    expect(seenOrdersForDisplay(state).map((o) => [o.orderId, o.eligibility])).toEqual([
      ['can-new', 'cancellable'],
      ['can-old', 'cancellable'],
      ['maybe', 'cancellable-unconfirmed'],
      ['odd', 'unknown'],
      ['done', 'not-cancellable'],
    ]);
  });
});

describe('merging seen orders (imports)', () => {
  const statusText = fc.constantFrom('Pending', 'Processing', 'Completed', 'Cancelled', 'On hold', 'Planering');
  const sightings = fc.array(
    fc.record({ orderId: fc.constantFrom('A', 'B', 'C'), statusText, at: fc.integer({ min: 0, max: 50 }) }),
    { maxLength: 20 },
  );
  const stateFrom = (list: readonly { orderId: string; statusText: string; at: number }[]): SeenOrders =>
    [...list].sort((a, b) => a.at - b.at).reduce((state, s) => record(state, [s], T0 + s.at * HOUR), NO_SEEN_ORDERS);
  const NOW = T0 + 100 * HOUR;

  it('changes nothing when merged with itself', () => {
    fc.assert(
      fc.property(sightings, (list) => {
        const state = stateFrom(list);
        expect(mergeSeenOrders(state, state, NOW)).toEqual(mergeSeenOrders(state, NO_SEEN_ORDERS, NOW));
      }),
    );
  });

  it('does not depend on which side is the import', () => {
    fc.assert(
      fc.property(sightings, sightings, (a, b) => {
        expect(mergeSeenOrders(stateFrom(a), stateFrom(b), NOW)).toEqual(
          mergeSeenOrders(stateFrom(b), stateFrom(a), NOW),
        );
      }),
    );
  });

  it('keeps every order and never two equal statuses in a row', () => {
    fc.assert(
      fc.property(sightings, sightings, (a, b) => {
        const merged = mergeSeenOrders(stateFrom(a), stateFrom(b), NOW);
        expect(new Set(merged.orders.map((o) => o.orderId))).toEqual(new Set([...a, ...b].map((s) => s.orderId)));
        for (const order of merged.orders) {
          order.history.forEach((change, i) => {
            const previous = order.history[i - 1];
            if (previous) expect(previous.status ?? previous.text).not.toBe(change.status ?? change.text);
          });
          expect(seenOrdersSchema.safeParse(merged).success).toBe(true);
        }
      }),
    );
  });

  it('takes the current status from the copy seen last', () => {
    const here = record(NO_SEEN_ORDERS, [{ orderId: 'R', statusText: 'Pending' }], T0);
    const imported = record(NO_SEEN_ORDERS, [{ orderId: 'R', statusText: 'Completed' }], T0 + HOUR);
    const merged = mergeSeenOrders(here, imported, T0 + 2 * HOUR);
    expect(merged.orders[0]).toMatchObject({
      statusText: 'Completed',
      firstSeen: T0,
      lastSeen: T0 + HOUR,
      history: [
        { at: T0, status: 'pending' },
        { at: T0 + HOUR, status: 'completed' },
      ],
    });
  });
});

describe('seen orders in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps one list per marketplace under local:removal:seen:', async () => {
    const se = seenOrdersItem({ code: 'SE' });
    const us = seenOrdersItem({ code: 'US' });
    await se.set(record(NO_SEEN_ORDERS, [{ orderId: 'SE-1', statusText: 'Väntande' }], T0));
    expect((await se.get()).orders.map((o) => o.orderId)).toEqual(['SE-1']);
    expect(await us.get()).toEqual(NO_SEEN_ORDERS);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('removal:seen:SE');
  });

  it('quarantines a damaged list instead of losing it', async () => {
    await fakeBrowser.storage.local.set({ 'removal:seen:DE': { orders: [{ orderId: 42 }] } });
    expect(await seenOrdersItem({ code: 'DE' }).get()).toEqual(NO_SEEN_ORDERS);
    expect((await listQuarantine()).map((entry) => entry.item)).toEqual(['local:removal:seen:DE']);
  });
});
