/**
 * The Manage Orders probe in the main script: it may say "maybe" too often (that costs a script),
 * never "no" where the removal script's scan finds an order (that would cost a badge).
 */

import {
  changedRowsMayShowRemovalOrder,
  isTableOrSilent,
  type LaterStretch,
  PROBE_ROWS_AT_ONCE,
  probeTable,
  rowMayShowRemovalOrder,
  tablesIn,
} from '@/lib/removal/probe.dom';
import { scanOptionsForUrl, scanRemovalOrders } from '@/lib/removal/table-scan.dom';
import { ordersPage } from '@/test/bench/orders-page';
import { MANIFEST, openFixture } from './page-loader';

function row(html: string, section = 'tbody'): Element {
  document.body.innerHTML = `<table><${section}>${html}</${section}></table>`;
  return document.querySelector('tr') as Element;
}

const CUSTOMER = '<tr><td>2025-11-01</td><td><a href="#">114-4018361-2287451</a> Copy</td><td>Shipped</td></tr>';

describe('a row', () => {
  it('of a customer order is no removal order: a cell starts with its 3-7-7 ID', () => {
    expect(rowMayShowRemovalOrder(row(CUSTOMER))).toBe(false);
    expect(rowMayShowRemovalOrder(row('<tr><td>2025-11-01</td><td>\n  114-4018361-2287451</td></tr>'))).toBe(false);
  });

  it('without one may be a removal order, whatever its ID looks like', () => {
    expect(rowMayShowRemovalOrder(row('<tr><td>2025-11-01</td><td>RMV-1</td><td>Pending</td></tr>'))).toBe(true);
    expect(rowMayShowRemovalOrder(row('<tr><td>2025-11-01</td><td>2025-11-03-removal</td></tr>'))).toBe(true);
    // A labelled ID, or one glued to other text, is not ruled out: the removal script decides.
    expect(rowMayShowRemovalOrder(row('<tr><td>Order ID: 114-4018361-2287451</td><td>x</td></tr>'))).toBe(true);
    document.body.innerHTML =
      '<div role="grid"><div role="row"><div role="gridcell">A1</div><div role="gridcell">Pending</div></div></div>';
    expect(rowMayShowRemovalOrder(document.querySelector('[role="row"]') as Element)).toBe(true);
  });

  it('is no order when it is a header, a message across the table, or empty', () => {
    expect(rowMayShowRemovalOrder(row('<tr><th>Order ID</th><th>Status</th></tr>'))).toBe(false);
    expect(rowMayShowRemovalOrder(row('<tr><td>Order ID</td><td>Status</td></tr>', 'thead'))).toBe(false);
    expect(rowMayShowRemovalOrder(row('<tr><td colspan="3">No orders match</td></tr>'))).toBe(false);
    expect(rowMayShowRemovalOrder(row('<tr><td> </td><td></td></tr>'))).toBe(false);
  });
});

describe('a table', () => {
  function table(rows: number, removalAt?: number): Element {
    const body = Array.from({ length: rows }, (_, i) =>
      i === removalAt
        ? '<tr><td>2025-11-01</td><td>RMV-9</td><td>Pending</td></tr>'
        : `<tr><td>2025-11-01</td><td>114-${String(1_000_000 + i)}-2287451</td><td>Shipped</td></tr>`,
    );
    document.body.innerHTML = `<table><thead><tr><th>Date</th><th>Order ID</th><th>Status</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
    return document.querySelector('table') as Element;
  }

  it('of customer orders reads its first rows and leaves each further stretch for later', () => {
    const later: LaterStretch[] = [];
    expect(probeTable(table(250), (stretch) => later.push(stretch))).toBe(false);
    // Rows 0-99 (the header among them) now; 100-199 and 200-250 later.
    expect(later.map((stretch) => stretch.first.querySelector('td:nth-child(2)')?.textContent)).toEqual([
      '114-1000099-2287451',
      '114-1000199-2287451',
    ]);
    expect(later.map((stretch) => stretch.read())).toEqual([false, false]);
  });

  it('says maybe at once for a removal order in its first rows, and no stretch is left', () => {
    const later: LaterStretch[] = [];
    expect(probeTable(table(250, 40), (stretch) => later.push(stretch))).toBe(true);
    expect(later).toEqual([]);
  });

  it('says maybe in the stretch that holds one, read when it nears the screen', () => {
    const later: LaterStretch[] = [];
    expect(probeTable(table(250, 150), (stretch) => later.push(stretch))).toBe(false);
    expect(later.map((stretch) => stretch.read())).toEqual([true, false]);
  });

  it('says no for a stretch whose table left the page', () => {
    const later: LaterStretch[] = [];
    const gone = table(250, 150);
    probeTable(gone, (stretch) => later.push(stretch));
    gone.remove();
    expect(later[0]?.read()).toBe(false);
  });

  it('reads stretches of the size it says', () => {
    expect(PROBE_ROWS_AT_ONCE).toBeGreaterThanOrEqual(50);
  });
});

describe('finding tables', () => {
  it('finds tagged, Katal and ARIA tables once each, the root itself included, in a shadow root too', () => {
    document.body.innerHTML = `
      <table id="plain" role="grid"><tr><td>1</td></tr></table>
      <kat-table id="katal"></kat-table>
      <div id="aria" role="table"></div>
      <div id="grid" role="grid"></div>
      <div role="row" id="not-a-table"></div>
      <div id="host"></div>`;
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<table id="inner"></table><div role="grid" id="inner-grid"></div>';
    const ids = (root: ParentNode) => tablesIn(root).map((table) => table.id);
    expect(ids(document).sort()).toEqual(['aria', 'grid', 'katal', 'plain']);
    expect(ids(shadow).sort()).toEqual(['inner', 'inner-grid']);
    expect(ids(document.getElementById('aria') as HTMLElement)).toEqual(['aria']);
  });

  it('leaves a table inside another table to the row that holds it, which then says maybe', () => {
    document.body.innerHTML = `
      <table id="orders"><tbody>${CUSTOMER}
        <tr><td>114-4018361-2287451</td><td><div id="nested" role="grid"><div role="row">
          <div role="cell">RMV-1</div><div role="cell">Pending</div></div></div></td></tr>
      </tbody></table>`;
    expect(tablesIn(document).map((table) => table.id)).toEqual(['orders']);
    const [customer, holding] = Array.from((document.getElementById('orders') as HTMLTableElement).rows);
    expect(rowMayShowRemovalOrder(customer as Element)).toBe(false);
    expect(rowMayShowRemovalOrder(holding as Element)).toBe(true);
    expect(probeTable(document.getElementById('orders') as Element, () => undefined)).toBe(true);
  });
});

describe('the bench page of 5,000 customer orders', () => {
  it('holds no row the probe would load the removal script for', () => {
    document.documentElement.innerHTML = ordersPage(5000).replace(/^<!doctype html><html[^>]*>/, '');
    const [only] = tablesIn(document);
    const later: LaterStretch[] = [];
    expect(probeTable(only as Element, (stretch) => later.push(stretch))).toBe(false);
    // The header row and 5,000 orders: the first 100 now, 49 stretches of 100 and one of 1 later.
    expect(later).toHaveLength(50);
    expect(later.some((stretch) => stretch.read())).toBe(false);
  });
});

describe('every removal fixture', () => {
  /** The document and its open shadow roots, as the probe's change watcher finds them. */
  function roots(document: Document): ParentNode[] {
    const found: ParentNode[] = [document];
    for (let i = 0; i < found.length; i++)
      for (const element of (found[i] as ParentNode).querySelectorAll('*'))
        if (element.shadowRoot) found.push(element.shadowRoot);
    return found;
  }

  it.each(MANIFEST.filter((entry) => entry.orders.length > 0).map((entry) => [entry.file, entry] as const))(
    '%s: the probe says maybe where the removal scan finds orders',
    async (_, entry) => {
      const page = await openFixture(entry);
      try {
        const inTables = scanRemovalOrders(page.document, scanOptionsForUrl(entry.url)).filter(
          (order) => order.layout === 'table',
        );
        const tables = roots(page.document).flatMap((root) => tablesIn(root));
        const maybe = tables.some((table) => probeTable(table, (stretch) => stretch.read()));
        // A detail page shows its order as labelled values: only rows are the probe's business.
        if (inTables.length > 0) expect(maybe).toBe(true);
        else expect(entry.url).toContain('/detail');
      } finally {
        await page.close();
      }
    },
  );
});

describe('changes', () => {
  beforeEach(() => {
    document.body.innerHTML = `<table><tbody>${CUSTOMER}</tbody></table><div id="elsewhere"></div>`;
  });

  function addRow(...cells: string[]): Node {
    const added = document.createElement('tr');
    for (const text of cells) added.append(Object.assign(document.createElement('td'), { textContent: text }));
    document.querySelector('tbody')?.append(added);
    return added;
  }

  it('an added customer row is nothing; an added removal row is a maybe', () => {
    expect(changedRowsMayShowRemovalOrder([addRow('2025-11-01', '114-4018361-2287452')], new Set())).toBe(false);
    expect(changedRowsMayShowRemovalOrder([addRow('2025-11-01', 'RMV-2', 'Pending')], new Set())).toBe(true);
  });

  it('text edited in a row is read with its row', () => {
    const id = document.querySelector('a')?.firstChild as Text;
    id.data = 'RMV-3';
    expect(changedRowsMayShowRemovalOrder([id], new Set())).toBe(true);
  });

  it('a new table, or a new body of rows, is handed back to be probed from its start', () => {
    const elsewhere = document.getElementById('elsewhere') as Element;
    elsewhere.innerHTML = '<section><table><tbody></tbody></table></section>';
    const tables = new Set<Element>();
    expect(changedRowsMayShowRemovalOrder([elsewhere.firstElementChild as Node], tables)).toBe(false);
    expect([...tables]).toEqual([elsewhere.querySelector('table')]);
    const first = document.querySelector('table') as Element;
    const body = document.createElement('tbody');
    body.innerHTML = CUSTOMER;
    first.append(body);
    const more = new Set<Element>();
    changedRowsMayShowRemovalOrder([body], more);
    expect([...more]).toEqual([first]);
  });

  it('ignores nodes that already left the page', () => {
    const gone = document.createElement('tr');
    gone.innerHTML = '<td>RMV-4</td><td>Pending</td>';
    expect(changedRowsMayShowRemovalOrder([gone], new Set())).toBe(false);
  });
});

describe('the change watcher', () => {
  it('does not look for shadow roots inside tables or where nothing shows', () => {
    document.body.innerHTML =
      '<table></table><kat-table></kat-table><div role="grid"></div><div role="table"></div><svg></svg>' +
      '<div role="row"></div><div role="Grid"></div><div></div>';
    expect([...document.body.children].map((element) => isTableOrSilent(element))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false, // a role value is case-sensitive, as in the selector it replaces
      false,
    ]);
  });
});
