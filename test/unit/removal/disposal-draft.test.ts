import { disposalDraftFor } from '@/lib/removal/disposal-draft';
import { parseRemovalReport } from '@/lib/removal/report-parser';

const HEADER = 'order-id\torder-status\tsku\tfnsku\tdisposition\trequested-quantity';

async function ordersOf(...lines: string[]) {
  const result = await parseRemovalReport([HEADER, ...lines].join('\n'));
  if (!result.ok) throw new Error('report did not parse');
  return new Map(result.orders.map((order) => [order.orderId, order]));
}

describe('a report row handed to the disposal tracker', () => {
  it('takes the unsellable units and the SKUs of an open or cancelled order', async () => {
    const orders = await ordersOf(
      'RMV-A\tPending\tMUG-RED\tX1\tUnsellable\t6',
      'RMV-A\tPending\tMUG-BLUE\tX2\tSellable\t4',
      'RMV-A\tPending\tMUG-RED\tX3\tunsellable \t2',
      'RMV-B\tCancelled\tCUP\tX4\tUnsellable\t3',
    );
    expect(disposalDraftFor(orders.get('RMV-A') ?? never())).toEqual({
      orderId: 'RMV-A',
      sku: 'MUG-RED, MUG-BLUE',
      units: 8,
    });
    expect(disposalDraftFor(orders.get('RMV-B') ?? never())).toEqual({ orderId: 'RMV-B', sku: 'CUP', units: 3 });
  });

  it('offers nothing for sellable units, or once the units have left the warehouse', async () => {
    const orders = await ordersOf(
      'RMV-S\tPending\tMUG\tX1\tSellable\t6',
      'RMV-C\tCompleted\tMUG\tX2\tUnsellable\t6',
      'RMV-H\tShipped\tMUG\tX3\tUnsellable\t6',
      'RMV-Z\tPending\tMUG\tX4\tUnsellable\t0',
    );
    for (const id of ['RMV-S', 'RMV-C', 'RMV-H', 'RMV-Z'])
      expect(disposalDraftFor(orders.get(id) ?? never())).toBeNull();
  });

  it('fits many SKUs into the tracker field', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `RMV-M\tPending\tSKU-NUMBER-${i}\tX${i}\tUnsellable\t1`);
    const draft = disposalDraftFor((await ordersOf(...lines)).get('RMV-M') ?? never());
    expect(draft?.units).toBe(30);
    expect(draft?.sku.length).toBe(100);
    expect(draft?.sku.startsWith('SKU-NUMBER-0, SKU-NUMBER-1, ')).toBe(true);
  });
});

function never(): never {
  throw new Error('order missing from the report');
}
