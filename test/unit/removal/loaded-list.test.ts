import { describe, expect, it } from 'vitest';
import {
  listKey,
  missingStretches,
  newList,
  orderAt,
  STRETCH_ROWS,
  withStretch,
} from '@/entrypoints/popup/removal/loaded-list';
import type { RemovalReportOrder } from '@/lib/removal/report-orders';
import { NO_FILTER } from '@/lib/removal/report-view';

const orders = (from: number, count: number) =>
  Array.from({ length: count }, (_, at) => ({ orderId: `RMV-${from + at}` }) as RemovalReportOrder);
const page = (offset: number, count: number, matching = 250) => ({
  offset,
  orders: orders(offset, count),
  total: 300,
  matching,
});

describe('the popup side of a report list', () => {
  it('finds each row in the stretch that brought it', () => {
    const list = withStretch(newList('k', page(0, STRETCH_ROWS)), page(200, 50));
    expect(orderAt(list, 0)?.orderId).toBe('RMV-0');
    expect(orderAt(list, 99)?.orderId).toBe('RMV-99');
    expect(orderAt(list, 100)).toBeUndefined();
    expect(orderAt(list, 249)?.orderId).toBe('RMV-249');
    expect(list).toMatchObject({ key: 'k', matching: 250, total: 300 });
  });

  it('names the stretches rows in view need and the list lacks, never past its end', () => {
    const list = newList('k', page(0, STRETCH_ROWS));
    expect(missingStretches(list, 0, 40)).toEqual([]);
    expect(missingStretches(list, 90, 110)).toEqual([1]);
    expect(missingStretches(list, 150, 400)).toEqual([1, 2]);
    expect(missingStretches(newList('k', page(0, 0, 0)), 0, 10)).toEqual([]);
  });

  it('keeps a list apart per sort, direction and filter', () => {
    const keys = new Set([
      listKey({ key: 'units', direction: 'desc' }, NO_FILTER),
      listKey({ key: 'units', direction: 'asc' }, NO_FILTER),
      listKey({ key: 'fees', direction: 'desc' }, NO_FILTER),
      listKey({ key: 'units', direction: 'desc' }, { ...NO_FILTER, query: 'tea' }),
    ]);
    expect(keys.size).toBe(4);
  });
});
