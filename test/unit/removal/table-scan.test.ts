import { displayText } from '@/lib/removal/dom-text.dom';
import {
  ELIGIBILITY_ATTRIBUTE,
  ORDER_ATTRIBUTE,
  type RemovalOrderOnPage,
  scanNewRemovalOrders,
  scanOptionsForUrl,
  scanRemovalOrders,
} from '@/lib/removal/table-scan.dom';
import { MANIFEST, openFixture } from './page-loader';

function summary(found: readonly RemovalOrderOnPage[]) {
  const byId = new Map<string, string>();
  for (const order of found) {
    const earlier = byId.get(order.orderId);
    // An order with several lines shows several rows; they must agree.
    if (earlier) expect(earlier, order.orderId).toBe(order.eligibility);
    byId.set(order.orderId, order.eligibility);
  }
  return [...byId].map(([orderId, eligibility]) => ({ orderId, eligibility }));
}

function pageFrom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A badge as the content script adds it, per docs/DOM-CONTRACT.md. */
function annotate(order: RemovalOrderOnPage): void {
  const badge = order.anchor.ownerDocument.createElement('span');
  badge.setAttribute(ORDER_ATTRIBUTE, order.orderId);
  badge.setAttribute(ELIGIBILITY_ATTRIBUTE, order.eligibility);
  order.anchor.append(badge);
}

describe('removal fixtures match the manifest', () => {
  it('lists every fixture file once', () => {
    const files = MANIFEST.map((entry) => entry.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const entry of MANIFEST) {
    it(`${entry.file} shows exactly the manifest's orders and verdicts`, async () => {
      const page = await openFixture(entry);
      try {
        const found = scanRemovalOrders(page.document, scanOptionsForUrl(entry.url));
        expect(summary(found)).toEqual(entry.orders);
        for (const order of found) {
          // The badge goes where the status is shown.
          expect(order.anchor.isConnected).toBe(true);
          expect(displayText(order.anchor)).toContain(order.statusText);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('reads the Manage Orders table only after the page script built it in shadow roots', async () => {
    const entry = MANIFEST.find((e) => e.file === 'manage-orders-en.html');
    if (!entry) throw new Error('fixture missing');
    const page = await openFixture(entry);
    try {
      const found = scanRemovalOrders(page.document);
      const first = found[0];
      expect(first?.anchor.localName).toBe('kat-table-cell');
      // The table lives in a shadow root: the light DOM alone has no rows.
      expect(page.document.querySelectorAll('kat-table-row')).toHaveLength(0);
      expect(first?.anchor.getRootNode()).not.toBe(page.document);
      expect(found.map((o) => o.orderId)).not.toContain('113-4567890-1234567');
      expect(found.find((o) => o.orderId === 'ARR-55012')).toMatchObject({
        amazonInitiated: true,
        reason: 'amazon-initiated',
      });
    } finally {
      await page.close();
    }
  });

  it('finds nothing twice once badges are in place', async () => {
    for (const entry of MANIFEST) {
      const page = await openFixture(entry);
      try {
        const options = scanOptionsForUrl(entry.url);
        for (const order of scanRemovalOrders(page.document, options)) annotate(order);
        expect(scanRemovalOrders(page.document, options), entry.file).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});

const REPORT_TABLE = `
  <table>
    <thead><tr><th>Order status</th><th>Removal fee</th><th>Order ID</th><th>Shipped</th><th>Cancelled</th></tr></thead>
    <tbody>
      <tr><td>Pending</td><td>1.00</td><td>A-1</td><td>0</td><td>0</td></tr>
      <tr><td>Completed</td><td>2.00</td><td>A-2</td><td>3</td><td>0</td></tr>
    </tbody>
  </table>`;

describe('table scanning', () => {
  it('finds columns by header text, not position, with status words as other columns', () => {
    const found = scanRemovalOrders(pageFrom(REPORT_TABLE));
    expect(found.map((o) => [o.orderId, o.statusText, o.eligibility])).toEqual([
      ['A-1', 'Pending', 'cancellable'],
      ['A-2', 'Completed', 'not-cancellable'],
    ]);
    expect(found[0]?.anchor.localName).toBe('td');
  });

  it('reads ARIA grids', () => {
    const doc = pageFrom(`
      <div role="grid">
        <div role="row"><span role="columnheader">Removal order ID</span><span role="columnheader">Status</span></div>
        <div role="row"><span role="gridcell">G-1</span><span role="gridcell">Processing</span></div>
      </div>`);
    expect(scanRemovalOrders(doc).map((o) => [o.orderId, o.eligibility])).toEqual([['G-1', 'cancellable-unconfirmed']]);
  });

  it('maps cells through colspans', () => {
    const doc = pageFrom(`
      <table>
        <tr><th colspan="2">Order</th><th>Order ID</th><th>Status</th></tr>
        <tr><td>2025-11-01</td><td>Return</td><td>C-1</td><td>Planning</td></tr>
        <tr><td colspan="2">2025-11-02, Disposal</td><td>C-2</td><td>Completed</td></tr>
      </table>`);
    expect(scanRemovalOrders(doc).map((o) => [o.orderId, o.eligibility])).toEqual([
      ['C-1', 'cancellable'],
      ['C-2', 'not-cancellable'],
    ]);
  });

  it('accepts one status badge beside other text, and refuses two different ones', () => {
    const doc = pageFrom(`
      <table>
        <tr><th>Order ID</th><th>Status</th></tr>
        <tr><td>B-1</td><td><span>Pending</span> <small>since Nov 3</small></td></tr>
        <tr><td>B-2</td><td><span>Pending</span> <span>Completed</span></td></tr>
      </table>`);
    const found = scanRemovalOrders(doc);
    expect(found.map((o) => [o.orderId, o.statusText, o.eligibility])).toEqual([
      ['B-1', 'Pending', 'cancellable'],
      ['B-2', 'Pending Completed', 'unknown'],
    ]);
  });

  it('skips placeholders and customer orders in the ID column', () => {
    const doc = pageFrom(`
      <table>
        <tr><th>Order ID</th><th>Status</th></tr>
        <tr><td>—</td><td>Pending</td></tr>
        <tr><td></td><td>Pending</td></tr>
        <tr><td>111-1234567-1234567</td><td>Pending</td></tr>
        <tr><td>Order ID: R-9 </td><td>Pending</td></tr>
      </table>`);
    expect(scanRemovalOrders(doc).map((o) => o.orderId)).toEqual(['R-9']);
  });

  it('ignores tables that have a status column but no removal orders', () => {
    const doc = pageFrom(`
      <table><tr><th>SKU</th><th>Status</th></tr><tr><td>SKU-1</td><td>Pending</td></tr></table>
      <table><tr><th>Order ID</th><th>Carrier</th></tr><tr><td>R-1</td><td>UPS</td></tr></table>`);
    expect(scanRemovalOrders(doc)).toEqual([]);
  });

  it('reads only new rows of a table for a mutation, against the table header', () => {
    const doc = pageFrom(REPORT_TABLE);
    const annotated = new Set(scanRemovalOrders(doc).map((o) => o.orderId));
    const body = doc.querySelector('tbody');
    const row = doc.createElement('tr');
    for (const text of ['Processing', '3.00', 'A-3', '0', '0']) {
      const cell = doc.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    body?.append(row);
    expect(scanNewRemovalOrders(row, annotated).map((o) => [o.orderId, o.eligibility])).toEqual([
      ['A-3', 'cancellable-unconfirmed'],
    ]);
    expect(scanNewRemovalOrders(doc, annotated).map((o) => o.orderId)).toEqual(['A-3']);
    expect(scanNewRemovalOrders(doc, new Set([...annotated, 'A-3']))).toEqual([]);
  });
});

describe('detail pages', () => {
  it('uses the URL order when the page shows no order ID label', () => {
    const doc = pageFrom('<main><h1>Removal order</h1><p>Status: <b>Planning</b></p></main>');
    const options = scanOptionsForUrl(
      'https://sellercentral.amazon.com/recoveryui/removal-order/detail?sourceRemovalOrderId=URL-42',
    );
    expect(options).toEqual({ pairs: true, pageOrderId: 'URL-42' });
    expect(scanRemovalOrders(doc, options).map((o) => [o.orderId, o.eligibility, o.layout])).toEqual([
      ['URL-42', 'cancellable', 'detail'],
    ]);
  });

  it('reads label/value pairs only on detail pages', () => {
    const doc = pageFrom('<p>Order ID: D-1</p><p>Status: Pending</p>');
    expect(scanRemovalOrders(doc, scanOptionsForUrl('https://sellercentral.amazon.com/orders-v3'))).toEqual([]);
    expect(scanRemovalOrders(doc, { pairs: true }).map((o) => o.orderId)).toEqual(['D-1']);
  });

  it('pairs each order with the labels that follow it when a page shows several', () => {
    const doc = pageFrom(`
      <section><p>Order ID: M-1</p><p>Status: Completed</p></section>
      <section><p>Order ID: M-2</p><p>Status: Pending</p><p>Order source: Amazon-initiated</p></section>`);
    expect(scanRemovalOrders(doc, { pairs: true }).map((o) => [o.orderId, o.eligibility, o.reason])).toEqual([
      ['M-1', 'not-cancellable', 'already-completed'],
      ['M-2', 'not-cancellable', 'amazon-initiated'],
    ]);
  });

  it('does not read form labels, options or buttons as facts', () => {
    const doc = pageFrom(`
      <label for="id">Order ID</label><input id="id" value="TYPED-1">
      <select><option>Order ID</option><option>SKU</option></select>
      <span>Status</span><select><option>Pending</option></select>
      <button>Status</button><span>Pending</span>`);
    expect(scanRemovalOrders(doc, { pairs: true })).toEqual([]);
  });
});

describe('scan edge cases', () => {
  it('prefers the order status over another status label on a detail page', () => {
    const doc = pageFrom(`
      <div><span>Order ID</span><span>S-1</span></div>
      <div><span>Status</span><span>Not shipped yet</span></div>
      <div><span>Status</span><span><b>Processing</b> <i>since Nov 3</i></span></div>`);
    expect(scanRemovalOrders(doc, { pairs: true }).map((o) => [o.orderId, o.statusText, o.eligibility])).toEqual([
      ['S-1', 'Processing', 'cancellable-unconfirmed'],
    ]);
  });

  it('reads vertical label/value tables as a detail page, not as a table of orders', () => {
    const doc = pageFrom(`
      <table>
        <tr><th>Order ID</th><td>V-1</td></tr>
        <tr><th>Status</th><td>Pending</td></tr>
        <tr><th>Order type</th><td>Required removal</td></tr>
      </table>`);
    expect(scanRemovalOrders(doc)).toEqual([]);
    expect(scanRemovalOrders(doc, { pairs: true }).map((o) => [o.orderId, o.reason])).toEqual([
      ['V-1', 'amazon-initiated'],
    ]);
  });

  it('looks inside a layout table when a mutation lands in it', () => {
    const doc = pageFrom(`
      <table id="layout"><tr><td id="slot"></td></tr></table>`);
    const cell = doc.getElementById('slot');
    if (!cell) throw new Error('fixture');
    const inner = doc.createElement('table');
    const header = inner.insertRow();
    for (const title of ['Order ID', 'Status']) {
      const th = doc.createElement('th');
      th.textContent = title;
      header.append(th);
    }
    const row = inner.insertRow();
    for (const value of ['L-1', 'Planning']) row.insertCell().textContent = value;
    cell.append(inner);
    expect(scanNewRemovalOrders(cell, new Set()).map((o) => o.orderId)).toEqual(['L-1']);
  });

  it('builds no options for pages other than the detail page, nor for bad URLs', () => {
    expect(scanOptionsForUrl('https://sellercentral.amazon.se/reportcentral/REMOVAL_ORDER_DETAIL/0')).toEqual({});
    expect(scanOptionsForUrl('not a url')).toEqual({});
  });
});
