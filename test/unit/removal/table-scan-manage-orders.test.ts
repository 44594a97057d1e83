/**
 * Whole HTML tables the size of Manage Orders: customer-order rows are ruled out from their ID
 * cell alone, and every removal order among them is still found, whatever the table's shape.
 */
import { startsWithCustomerOrderId } from '@/lib/removal/customer-order-id';
import { isRowOrSilent, type LaterRows, scanOptionsForUrl, scanRemovalOrders } from '@/lib/removal/table-scan.dom';

const HEADER = ['Order date', 'Order ID', 'Product', 'Qty', 'Status', 'Action'];

function customerId(i: number): string {
  return `${String(100 + (i % 900)).padStart(3, '0')}-${String(1_000_000 + i).slice(0, 7)}-${String(2_000_000 + i).slice(0, 7)}`;
}

/** Rows of customer orders with a removal order every `every` rows; cells as `cellsFor` makes them. */
function ordersTable(rows: number, every: number, options: { headerInBody?: boolean; odd?: number } = {}): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const removal = i % every === every - 1;
    const id = removal ? `RMV-${i}` : customerId(i);
    const status = removal ? 'Pending' : 'Shipped';
    if (i === options.odd) {
      // A row of another shape: the ID and status under a merged first cell.
      body.push(
        `<tr><td colspan="2"><a href="#">${id}</a></td><td>Widget</td><td>1</td><td>${status}</td><td></td></tr>`,
      );
      continue;
    }
    body.push(
      `<tr><td>2025-11-01</td><td><a href="/orders-v3/order/${id}">${id}</a> Copy</td><td>Widget ${i}</td><td>1</td><td>${status}</td><td><button>Print</button></td></tr>`,
    );
  }
  const head = `<tr>${HEADER.map((title) => `<th>${title}</th>`).join('')}</tr>`;
  return options.headerInBody
    ? `<table><tbody>${head}${body.join('')}</tbody></table>`
    : `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

function removalIds(html: string): string[] {
  document.body.innerHTML = html;
  return scanRemovalOrders(document).map((order) => order.orderId);
}

const expected = (rows: number, every: number) =>
  Array.from({ length: Math.floor(rows / every) }, (_, k) => `RMV-${k * every + every - 1}`);

describe('scanRemovalOrders on Manage Orders-sized HTML tables', () => {
  it('finds every removal order among 1,000 customer orders, in page order', () => {
    expect(removalIds(ordersTable(1000, 97))).toEqual(expected(1000, 97));
  });

  it('finds them when the header row sits in the body', () => {
    expect(removalIds(ordersTable(300, 50, { headerInBody: true }))).toEqual(expected(300, 50));
  });

  it('finds them all when one row has another shape (the row-by-row read)', () => {
    expect(removalIds(ordersTable(300, 50, { odd: 49 }))).toEqual(expected(300, 50));
    expect(removalIds(ordersTable(300, 50, { odd: 10 }))).toEqual(expected(300, 50));
  });

  it('finds them when customer orders only start after the first rows', () => {
    // Every row a removal order up to row 40, then one in 97: the cheap check starts late or never.
    document.body.innerHTML = ordersTable(400, 97);
    const rows = document.querySelectorAll('tbody tr');
    for (let i = 0; i < 40; i++) {
      const link = rows[i]?.querySelector('a') as HTMLAnchorElement;
      link.textContent = `RMV-EARLY-${i}`;
      (rows[i]?.children[4] as HTMLElement).textContent = 'Pending';
    }
    const ids = scanRemovalOrders(document).map((order) => order.orderId);
    expect(ids).toEqual([...Array.from({ length: 40 }, (_, i) => `RMV-EARLY-${i}`), ...expected(400, 97)]);
  });

  it('finds nothing in a table of customer orders only', () => {
    expect(removalIds(ordersTable(500, 1_000))).toEqual([]);
  });

  it('reads every column a removal row needs: status, type and the cell text as shown', () => {
    document.body.innerHTML = `<table><thead><tr><th>Order ID</th><th>Order type</th><th>Order status</th></tr></thead>
      <tbody><tr><td>114-4018361-2287451</td><td>Return</td><td>Shipped</td></tr>
      <tr><th> RMV-7 </th><td>  Disposal </td><td><span>Pending</span> <small>since today</small></td></tr></tbody></table>`;
    const [order, ...others] = scanRemovalOrders(document);
    expect(others).toEqual([]);
    expect(order).toMatchObject({ orderId: 'RMV-7', orderType: 'Disposal', status: 'pending', statusText: 'Pending' });
    expect(order?.anchor).toBe(document.querySelectorAll('tbody tr')[1]?.children[2]);
  });

  it.each([
    ['ID', 0],
    ['status', 4],
  ])('finds them all when one row holds a %s cell that is no td or th (the row-by-row read)', (_, column) => {
    document.body.innerHTML = ordersTable(300, 50);
    const row = document.querySelectorAll('tbody tr')[149] as HTMLTableRowElement;
    const cell = row.children[column === 0 ? 1 : column] as Element;
    const odd = document.createElement('div');
    odd.append(...cell.childNodes);
    cell.replaceWith(odd);
    expect(scanRemovalOrders(document).map((order) => order.orderId)).toEqual(expected(300, 50));
  });

  it('does not read a row again once its status cell carries a badge', () => {
    document.body.innerHTML = ordersTable(200, 50);
    const [first, ...rest] = scanRemovalOrders(document);
    const badge = document.createElement('scc-removal-badge');
    badge.setAttribute('data-scc-removal-order', first?.orderId ?? '');
    first?.anchor.append(badge);
    expect(scanRemovalOrders(document).map((order) => order.orderId)).toEqual(rest.map((order) => order.orderId));
  });
});

describe('Manage Orders read a stretch at a time', () => {
  /** Scans with the page's own options, collecting what is left for later. */
  function scanInStretches(rowsAtOnce: number) {
    const later: LaterRows[] = [];
    const first = scanRemovalOrders(document, { rowsAtOnce, later: (rest) => later.push(rest) });
    return { first, later };
  }

  it('Manage Orders URLs ask for it; removal pages read their tables whole', () => {
    expect(scanOptionsForUrl('https://sellercentral.amazon.com/orders-v3/fba/all?page=1').rowsAtOnce).toBe(100);
    expect(scanOptionsForUrl('https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1').rowsAtOnce).toBe(
      undefined,
    );
  });

  it('reads the first stretch now and hands on every other one at once, each from its first row', () => {
    document.body.innerHTML = ordersTable(250, 97);
    const rows = document.querySelectorAll('tbody tr');
    const { first, later } = scanInStretches(100);
    expect(first.map((order) => order.orderId)).toEqual(['RMV-96']);
    expect(later.map((rest) => rest.first)).toEqual([rows[100], rows[200]]);
    // In any order (a jump to the end reads the last stretch first), each reads its own rows only.
    expect(later[1]?.read()).toEqual([]);
    expect(later[0]?.read().map((order) => order.orderId)).toEqual(['RMV-193']);
    expect(later).toHaveLength(2);
  });

  it('rules out customer orders in every stretch, not only the first', () => {
    document.body.innerHTML = ordersTable(400, 1_000);
    const { later } = scanInStretches(100);
    const statusReads = vi.spyOn(Element.prototype, 'firstElementChild', 'get');
    for (let rest = later.shift(); rest; rest = later.shift()) expect(rest.read()).toEqual([]);
    // A customer row costs its ID cell alone: no status cell is ever opened.
    const statusCells = new Set(Array.from(document.querySelectorAll('tbody tr'), (row) => row.children[4]));
    expect(statusReads.mock.contexts.filter((cell) => statusCells.has(cell as Element))).toEqual([]);
    statusReads.mockRestore();
  });

  it('a table no longer on the page has nothing left to read', () => {
    document.body.innerHTML = ordersTable(150, 97);
    const { later } = scanInStretches(100);
    document.querySelector('table')?.remove();
    expect(later[0]?.read()).toEqual([]);
  });

  it('a table that fits in one stretch hands nothing on', () => {
    document.body.innerHTML = ordersTable(100, 50);
    const { first, later } = scanInStretches(100);
    expect(first.map((order) => order.orderId)).toEqual(expected(100, 50));
    expect(later).toEqual([]);
  });
});

describe('startsWithCustomerOrderId', () => {
  it.each([
    ['114-4018361-2287451', true],
    ['  114-4018361-2287451\n Copy', true],
    ['114-4018361-2287451 Copy order ID', true],
    ['114-4018361-22874510', false],
    ['RMV-114-4018361-2287451', false],
    ['114-4018361-2287451-R', false],
    ['Order ID: 114-4018361-2287451', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(startsWithCustomerOrderId(text)).toBe(expected);
  });
});

describe('isRowOrSilent: where the removal watcher does not look for shadow roots', () => {
  it.each([
    ['tr', true],
    ['tbody', true],
    ['thead', true],
    ['tfoot', true],
    ['kat-table-row', true],
    ['script', true],
    ['table', false],
    ['kat-table', false],
    ['div', false],
    ['td', false],
  ])('<%s> → %s', (tag, expected) => {
    expect(isRowOrSilent(document.createElement(tag))).toBe(expected);
  });

  it('a role="row" element is a row', () => {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    expect(isRowOrSilent(row)).toBe(true);
  });
});
