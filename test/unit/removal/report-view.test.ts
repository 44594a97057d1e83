import { parseRemovalReport, REPORT_COLUMNS, type ReportSuccess } from '@/lib/removal/report-parser';
import { filterKey, isFiltered, matchesFilter, NO_FILTER, reportTotals } from '@/lib/removal/report-view';

const HEADER = REPORT_COLUMNS.join('\t');

/** One report line; the columns a test does not name are left blank. */
const line = (
  id: string,
  type: string,
  status: string,
  sku: string,
  disposition: string,
  units: number,
  fee: string,
  currency = 'USD',
) => {
  const cells: Partial<Record<(typeof REPORT_COLUMNS)[number], string>> = {
    'request-date': '2025-11-01T10:00:00+00:00',
    'order-id': id,
    'order-type': type,
    'order-status': status,
    'last-updated-date': '2025-11-02T10:00:00+00:00',
    sku,
    fnsku: `X-${sku}`,
    disposition,
    'requested-quantity': String(units),
    'removal-fee': fee,
    currency,
  };
  return REPORT_COLUMNS.map((column) => cells[column] ?? (column.endsWith('-quantity') ? '0' : '')).join('\t');
};

async function report(lines: string[]): Promise<ReportSuccess> {
  const result = await parseRemovalReport([HEADER, ...lines].join('\n'));
  if (!result.ok) throw new Error('report did not parse');
  return result;
}

describe('report totals', () => {
  it('sums orders, requested units and fees per eligibility, order type and disposition', async () => {
    const { orders } = await report([
      line('RMV-A', 'Return', 'Pending', 'MUG-BLUE', 'Sellable', 12, '6.36'),
      line('RMV-A', 'Return', 'Pending', 'MUG-RED', 'Unsellable', 3, '1.50'),
      line('RMV-B', 'Disposal', 'Planning', 'MUG-RED', 'Unsellable', 5, '1.25'),
      line('RMV-C', 'Return', 'Completed', 'MUG-BLUE', 'Sellable', 7, '3.00'),
    ]);
    const totals = reportTotals(orders);
    expect(totals.eligibility.map((row) => row.key)).toEqual([
      'cancellable',
      'cancellable-unconfirmed',
      'unknown',
      'not-cancellable',
    ]);
    const cancellable = totals.eligibility[0];
    expect(cancellable).toEqual({
      key: 'cancellable',
      orders: 2,
      units: 20,
      fees: [{ currency: 'USD', amount: 9.11 }],
    });
    expect(totals.eligibility[3]).toEqual({
      key: 'not-cancellable',
      orders: 1,
      units: 7,
      fees: [{ currency: 'USD', amount: 3 }],
    });
    expect(totals.eligibility[1]).toEqual({ key: 'cancellable-unconfirmed', orders: 0, units: 0, fees: [] });
    expect(totals.orderTypes).toEqual([
      { key: 'Return', orders: 2, units: 22, fees: [{ currency: 'USD', amount: 10.86 }] },
      { key: 'Disposal', orders: 1, units: 5, fees: [{ currency: 'USD', amount: 1.25 }] },
    ]);
    // An order counts once in each disposition it holds, with that disposition's units only.
    expect(totals.dispositions).toEqual([
      { key: 'Sellable', orders: 2, units: 19, fees: [] },
      { key: 'Unsellable', orders: 2, units: 8, fees: [] },
    ]);
    expect(totals.mixedCurrencyOrders).toBe(0);
  });

  it('keeps currencies apart and leaves orders that mix them out of the fee sums', async () => {
    const { orders } = await report([
      line('RMV-A', 'Return', 'Pending', 'A', 'Sellable', 1, '2.00', 'USD'),
      line('RMV-B', 'Return', 'Pending', 'B', 'Sellable', 1, '3.00', 'EUR'),
      line('RMV-C', 'Return', 'Pending', 'C', 'Sellable', 1, '4.00', 'USD'),
      line('RMV-C', 'Return', 'Pending', 'D', 'Sellable', 1, '5.00', 'EUR'),
    ]);
    const totals = reportTotals(orders);
    expect(totals.eligibility[0]?.fees).toEqual([
      { currency: 'USD', amount: 2 },
      { currency: 'EUR', amount: 3 },
    ]);
    expect(totals.eligibility[0]?.orders).toBe(3);
    expect(totals.mixedCurrencyOrders).toBe(1);
  });

  it('is empty but complete for a report without orders', () => {
    const totals = reportTotals([]);
    expect(totals.eligibility.every((row) => row.orders === 0 && row.units === 0)).toBe(true);
    expect(totals.orderTypes).toEqual([]);
    expect(totals.dispositions).toEqual([]);
  });
});

describe('report filter', () => {
  it('finds an order by part of its ID or of a SKU, in any case, and combines with the other filters', async () => {
    const { orders } = await report([
      line('RMV-A', 'Return', 'Pending', 'MUG-BLUE', 'Sellable', 1, '1'),
      line('RMV-B', 'Disposal', 'Planning', 'MUG-RED', 'Unsellable', 1, '1'),
      line('RMV-C', 'Return', 'Completed', 'CUP-RED', 'Sellable', 1, '1'),
    ]);
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      orders.filter(matchesFilter({ ...NO_FILTER, ...filter })).map((order) => order.orderId);
    expect(ids({})).toEqual(['RMV-A', 'RMV-B', 'RMV-C']);
    expect(ids({ query: '  rmv-b ' })).toEqual(['RMV-B']);
    expect(ids({ query: 'red' })).toEqual(['RMV-B', 'RMV-C']);
    expect(ids({ query: 'red', eligibility: 'cancellable' })).toEqual(['RMV-B']);
    expect(ids({ orderType: 'Return' })).toEqual(['RMV-A', 'RMV-C']);
    expect(ids({ disposition: 'Unsellable' })).toEqual(['RMV-B']);
    expect(ids({ eligibility: 'not-cancellable' })).toEqual(['RMV-C']);
    expect(ids({ query: 'nothing like it' })).toEqual([]);
  });

  it('counts a blank search as no filter, and any choice as one', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: '   ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: 'mug' })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, disposition: 'Unsellable' })).toBe(true);
  });

  it('gives equal filters one key and different filters different keys', () => {
    expect(filterKey({ ...NO_FILTER, query: ' Mug ' })).toBe(filterKey({ ...NO_FILTER, query: 'mug' }));
    expect(filterKey(NO_FILTER)).not.toBe(filterKey({ ...NO_FILTER, orderType: 'Return' }));
    expect(filterKey({ ...NO_FILTER, orderType: 'Return' })).not.toBe(
      filterKey({ ...NO_FILTER, disposition: 'Return' }),
    );
  });
});
