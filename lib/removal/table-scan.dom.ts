/**
 * Finds the removal orders a Seller Central page shows: rows of plain tables, Katal
 * `kat-table`s and ARIA grids (also inside open shadow roots), located by header text in any
 * supported language rather than column position, and label/value pairs on detail pages.
 */
import { parseUrl } from '@/lib/marketplaces';
import { pageKindOf } from '@/lib/pages';
import { startsWithCustomerOrderId } from './customer-order-id';
import { closestComposed, displayText, isOwnElement, tableCellText, walkElements } from './dom-text.dom';
import {
  type CancelEligibility,
  type EligibilityReason,
  isAmazonInitiatedOrder,
  verdictForReading,
} from './eligibility';
import { readLabelledValues } from './labelled-values.dom';
import { orderIdFrom } from './order-id';
import { columnRoleOf, statusOf } from './status-lookup';
import type { ColumnRole, NormalizedStatus } from './vocabulary';

/** The public DOM contract (docs/DOM-CONTRACT.md): the annotation element carries both. */
export const ORDER_ATTRIBUTE = 'data-scc-removal-order';
export const ELIGIBILITY_ATTRIBUTE = 'data-scc-cancel-eligibility';

export interface RemovalOrderOnPage {
  readonly orderId: string;
  /** The status as shown (the recognized part when the cell holds more). */
  readonly statusText: string;
  readonly status: NormalizedStatus | null;
  readonly eligibility: CancelEligibility;
  readonly reason: EligibilityReason;
  /** Where the badge goes: the status cell of a row, or the status value on a detail page. */
  readonly anchor: Element;
  readonly orderType?: string;
  readonly amazonInitiated: boolean;
  readonly layout: 'table' | 'detail';
}

export interface ScanOptions {
  /** Also read label/value pairs ("Order ID: X", "Status: Pending"): detail pages. */
  readonly pairs?: boolean;
  /** The order a detail page is about (its URL's sourceRemovalOrderId), for pages that show no ID label. */
  readonly pageOrderId?: string | null;
  /** Orders already annotated: their rows are not read again. */
  readonly skipOrderIds?: ReadonlySet<string>;
  /**
   * Manage Orders: a whole table is read this many body rows at a time, the first ones now and
   * every other stretch handed to `later` (which reads it when it comes near the screen). A page of
   * 5,000 customer orders then costs a screenful, not 5,000 reads. Without it a table is read whole.
   */
  readonly rowsAtOnce?: number;
  readonly later?: (rest: LaterRows) => void;
}

/** One unread stretch of a table read in stretches (ScanOptions.rowsAtOnce). */
export interface LaterRows {
  /** The stretch's first row: when it nears the screen, the stretch is worth reading. */
  readonly first: Element;
  /** Reads the stretch's rows. */
  read(): RemovalOrderOnPage[];
}

/** Rows of Manage Orders read at once: more than a screen shows, far fewer than a big page holds. */
const MANAGE_ORDERS_ROWS_AT_ONCE = 100;

/** How to scan the page at this URL: detail pages add label/value pairs and name their order in the URL. */
export function scanOptionsForUrl(url: string | URL): ScanOptions {
  const parsed = parseUrl(url);
  const kind = parsed ? pageKindOf(parsed) : null;
  if (kind === 'manage-orders') return { rowsAtOnce: MANAGE_ORDERS_ROWS_AT_ONCE };
  if (!parsed || kind !== 'removal-detail') return {};
  return { pairs: true, pageOrderId: orderIdFrom(parsed.searchParams.get('sourceRemovalOrderId') ?? '') };
}

const TABLE_SELECTOR = 'table, kat-table, [role="table"], [role="grid"]';
const SILENT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const ROW_TAGS: ReadonlySet<string> = new Set(['tr', 'thead', 'tbody', 'tfoot', 'kat-table-row']);

/**
 * Subtrees the removal change watcher does not search for shadow roots: rows (a scan reads a row
 * whole, its open shadow roots included; a row the page adds or edits is a light-DOM change the
 * watcher still reports) and what never shows text. A 5,000-row table costs the search nothing.
 */
export function isRowOrSilent(element: Element): boolean {
  return (
    ROW_TAGS.has(element.localName) || SILENT_TAGS.has(element.localName) || element.getAttribute('role') === 'row'
  );
}

/**
 * Every removal order under `root`. When `root` sits inside a table (a row a mutation added),
 * only that table's rows within `root` are read, against the table's header.
 */
export function scanRemovalOrders(root: ParentNode, options: ScanOptions = {}): RemovalOrderOnPage[] {
  const found: RemovalOrderOnPage[] = [];
  const skip = options.skipOrderIds ?? new Set<string>();
  if (isElement(root) && tableKind(root) === null) {
    // Old pages lay out whole sections in tables: only a removal table's rows end the search here.
    const enclosing = closestComposed(root, TABLE_SELECTOR);
    const inRoot = (row: Element) => root.contains(row) || row.contains(root);
    if (enclosing && scanTable(enclosing, skip, found, { includeRow: inRoot })) return found;
  }
  const readTables = new Set<Element>();
  const visit = (element: Element): boolean => {
    if (SILENT_TAGS.has(element.localName) || isOwnElement(element)) return false;
    if (tableKind(element) === null) return true;
    if (scanTable(element, skip, found, { stretch: stretchOf(options) })) {
      readTables.add(element);
      return false;
    }
    // Not a removal table: a small one may be page layout with the real table nested inside;
    // a big one is someone else's data, not worth walking cell by cell.
    return rowCount(element) <= NESTED_SEARCH_MAX_ROWS;
  };
  if (!isElement(root) || visit(root)) walkElements(root, visit);
  if (options.pairs) scanDetail(root, readTables, options, skip, found);
  return found;
}

const NESTED_SEARCH_MAX_ROWS = 50;

function rowCount(table: Element): number {
  return tableKind(table) === 'html' ? (table as HTMLTableElement).rows.length : gridOf(table).rows.length;
}

/** For mutation batches: only rows whose order is not annotated yet. */
export function scanNewRemovalOrders(
  root: ParentNode,
  annotatedOrderIds: ReadonlySet<string>,
  options: Omit<ScanOptions, 'skipOrderIds'> = {},
): RemovalOrderOnPage[] {
  return scanRemovalOrders(root, { ...options, skipOrderIds: annotatedOrderIds });
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

type TableKind = 'html' | 'kat' | 'aria';

function tableKind(element: Element): TableKind | null {
  if (element.localName === 'table') return 'html';
  if (element.localName === 'kat-table') return 'kat';
  const role = element.getAttribute('role');
  return role === 'table' || role === 'grid' ? 'aria' : null;
}

/** A table's rows and cells, whatever it is built from. */
interface Grid {
  /** Rows in order; header candidates first (thead / kat-table-head). */
  readonly rows: readonly Element[];
  /** Rows that can only be headers or footers (thead, tfoot, kat-table-head). */
  isHeadOrFoot(row: Element): boolean;
  cells(row: Element): ArrayLike<Element>;
  /** ARIA grids: cells are found by role, not as the row's children. */
  readonly aria?: true;
}

function gridOf(table: Element): Grid {
  const kind = tableKind(table);
  if (kind === 'html') {
    const { rows, headOrFoot } = htmlRowsOf(table);
    return { rows, isHeadOrFoot: (row) => headOrFoot.has(row), cells: childElements };
  }
  if (kind === 'kat') {
    let rows = katRowsOf(table);
    if (rows.length === 0) {
      // Wrapped rows, or rows rendered into the table's own shadow root.
      const scope: ParentNode = table.querySelector('kat-table-row') ? table : (table.shadowRoot ?? table);
      rows = Array.from(scope.querySelectorAll('kat-table-row')).filter(
        (row) => closestComposed(row, 'kat-table') === table,
      );
    }
    return {
      rows,
      isHeadOrFoot: (row) => row.closest('kat-table-head, kat-table-footer') !== null,
      cells: childElements,
    };
  }
  const rows = Array.from(table.querySelectorAll('[role="row"]')).filter(
    (row) => row.closest('[role="table"], [role="grid"]') === table,
  );
  return {
    rows,
    aria: true,
    // Repeated header rows hold no order ID, so they fall out when read.
    isHeadOrFoot: () => false,
    cells: (row) =>
      Array.from(
        row.querySelectorAll('[role="columnheader"], [role="rowheader"], [role="cell"], [role="gridcell"]'),
      ).filter((cell) => cell.closest('[role="row"]') === row),
  };
}

/**
 * A row's own cells, as an array. Read through firstElementChild/nextElementSibling: indexing a
 * live `children` collection four times per row costs more than the whole walk, and some DOM
 * implementations' `cells` include nested tables' cells.
 */
function childElements(parent: Element): Element[] {
  // One array for every row: a row's cells are read before the next row's are asked for.
  rowCells.length = 0;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) rowCells.push(child);
  return rowCells;
}
const rowCells: Element[] = [];

/**
 * The table's own rows in the order `table.rows` gives them (head, body, foot) and which of them
 * sit in a head or foot, the first `limit` only when given. Read from the table's sections
 * directly: never a nested table's rows, and no `closest()` per row.
 */
function htmlRowsOf(
  table: Element,
  limit = Number.POSITIVE_INFINITY,
): { rows: Element[]; headOrFoot: ReadonlySet<Element> } {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const section = child.localName;
    if (section === 'tr') {
      if (body.length < limit) body.push(child);
    } else if (section === 'thead' || section === 'tbody' || section === 'tfoot') {
      const into = section === 'thead' ? head : section === 'tfoot' ? foot : body;
      for (let row = child.firstElementChild; row && into.length < limit; row = row.nextElementSibling)
        if (row.localName === 'tr') into.push(row);
    }
  }
  return { rows: [...head, ...body, ...foot].slice(0, limit), headOrFoot: new Set([...head, ...foot]) };
}

const KAT_SECTIONS: ReadonlySet<string> = new Set(['kat-table-head', 'kat-table-body', 'kat-table-footer']);

/** Rows in the structure Katal uses (table > head/body > row), read without selector matching. */
function katRowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'kat-table-row') rows.push(child);
    else if (KAT_SECTIONS.has(child.localName)) {
      for (let row = child.firstElementChild; row; row = row.nextElementSibling) {
        if (row.localName === 'kat-table-row') rows.push(row);
      }
    }
  }
  return rows;
}

type ColumnMap = Partial<Record<ColumnRole, number>>;

interface Header {
  readonly rowIndex: number;
  readonly columns: ColumnMap;
  /** Logical column count; rows with another cell count are mapped through colspans. */
  readonly width: number;
  /** The last column a row is read up to. */
  readonly lastColumn: number;
}

/** How many of the first rows may be headers (title rows, grouped headers). */
const HEADER_SEARCH_ROWS = 4;

function findHeader(grid: Grid): Header | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const row = grid.rows[index];
    if (!row) continue;
    const cells = grid.cells(row);
    const columns: ColumnMap = {};
    let position = 0;
    let valueShown = false;
    let previousRole: ColumnRole | null = null;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      const role = headerRoleOf(cell);
      if (role && columns[role] === undefined) columns[role] = position;
      // "Status | Pending" is a label with its value (a vertical detail table), not a header row;
      // status words elsewhere in a header ("Cancelled", "Shipped" quantities) are column titles.
      if (previousRole === 'status' && !role && statusOf(displayText(cell)) !== null) valueShown = true;
      previousRole = role;
      position += spanOf(cell);
    }
    if (columns.status !== undefined && !valueShown)
      return { rowIndex: index, columns, width: position, lastColumn: Math.max(...Object.values(columns)) };
  }
  return null;
}

/** Header cells may carry sort buttons or hints beside the title: try the parts when the whole does not match. */
function headerRoleOf(cell: Element): ColumnRole | null {
  const role = columnRoleOf(displayText(cell));
  if (role || cell.firstElementChild === null) return role;
  let found: ColumnRole | null = null;
  walkElements(cell, (part) => {
    if (found || part.localName === 'slot' || tableKind(part) !== null) return false;
    if (part.firstElementChild === null) found = columnRoleOf(displayText(part));
    return true;
  });
  return found;
}

function spanOf(cell: Element): number {
  const span = (cell as HTMLTableCellElement).colSpan;
  return typeof span === 'number' && span > 1 ? span : 1;
}

interface RowCells {
  readonly cells: ArrayLike<Element>;
  /** One cell per header column, in order: no colspans to follow. */
  readonly direct: boolean;
}

/**
 * A row's cells. A row with exactly as many cells as the header has columns maps one to one,
 * and is read only up to the last column the scan needs; any other row is read whole, to follow
 * its colspans.
 */
function rowCellsOf(grid: Grid, row: Element, width: number, lastColumn: number): RowCells {
  if (grid.aria) {
    const cells = grid.cells(row);
    return { cells, direct: cells.length === width };
  }
  if (row.childElementCount !== width) return { cells: childElements(row), direct: false };
  rowCells.length = 0;
  for (let child = row.firstElementChild; child && rowCells.length <= lastColumn; child = child.nextElementSibling) {
    rowCells.push(child);
  }
  return { cells: rowCells, direct: true };
}

function cellAt({ cells, direct }: RowCells, column: number | undefined): Element | null {
  if (column === undefined) return null;
  if (direct) return cells[column] ?? null;
  let position = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell) continue;
    const span = spanOf(cell);
    if (column < position + span) return cell;
    position += span;
  }
  return null;
}

/** How a whole table is read in stretches, when the options ask for it. */
interface Stretch {
  readonly rows: number;
  readonly later: (rest: LaterRows) => void;
}

function stretchOf(options: ScanOptions): Stretch | undefined {
  return options.rowsAtOnce && options.later ? { rows: options.rowsAtOnce, later: options.later } : undefined;
}

/** Reads one table; returns false when it is not a table of removal orders. */
function scanTable(
  table: Element,
  skip: ReadonlySet<string>,
  found: RemovalOrderOnPage[],
  how: { readonly includeRow?: (row: Element) => boolean; readonly stretch?: Stretch | undefined },
): boolean {
  const { includeRow } = how;
  if (!includeRow && tableKind(table) === 'html') return scanWholeHtmlTable(table, skip, found, how.stretch);
  const grid = gridOf(table);
  const header = findHeader(grid);
  if (!header) return false;
  for (let index = header.rowIndex + 1; index < grid.rows.length; index++) {
    const row = grid.rows[index];
    if (!row || grid.isHeadOrFoot(row) || (includeRow && !includeRow(row))) continue;
    readRow(grid, header, row, skip, found);
  }
  return true;
}

/**
 * A whole HTML table, the shape of Manage Orders and the report preview: up to 5,000 rows, most
 * of them customer orders on Manage Orders. When every body row has the header's cell count and
 * `td`/`th` cells, the browser's selector engine hands over each column the scan reads, one list
 * per column in row order. A row whose ID is a customer order is ruled out from that one cell's
 * text, and the other columns are only asked for once a row is not: a page of customer orders
 * costs one query and one read per row. Every element touched costs a wrapper in the extension's
 * world (and garbage collection after), so this is most of what the removal script costs on a
 * big page. Any other table is read row by row.
 */
function scanWholeHtmlTable(
  table: Element,
  skip: ReadonlySet<string>,
  found: RemovalOrderOnPage[],
  stretch?: Stretch,
  from = 0,
): boolean {
  const top = htmlRowsOf(table, HEADER_SEARCH_ROWS);
  const grid: Grid = { rows: top.rows, isHeadOrFoot: (row) => top.headOrFoot.has(row), cells: childElements };
  const header = findHeader(grid);
  if (!header) return false;
  const columns = new ColumnCells(table, header);
  const ids = columns.ids();
  if (!ids) return scanTableRows(table, header, skip, found);
  const before = new Set(top.rows.slice(0, header.rowIndex + 1));
  const orders: RemovalOrderOnPage[] = [];
  const end = stretch ? Math.min(ids.length, from + stretch.rows) : ids.length;
  // A removal report holds no customer orders: once the first rows show none, reading each ID
  // cell's text twice would only cost.
  let customerRows = 0;
  for (let i = from; i < end; i += 1) {
    const idCell = ids[i] as Element;
    if ((i - from < CUSTOMER_SAMPLE_ROWS || customerRows > 0) && startsWithCustomerOrderId(idCell.textContent ?? '')) {
      customerRows += 1;
      continue;
    }
    // Header rows are among the table's first rows: only the first cells can sit in one.
    if (i < HEADER_SEARCH_ROWS && idCell.parentElement && before.has(idCell.parentElement)) continue;
    const cells = columns.rest();
    // Another column breaks the one-cell-per-row shape after all: the row-by-row read decides.
    if (!cells) return scanTableRows(table, header, skip, found);
    const statusCell = cells.statuses[i] as Element;
    const first = statusCell.firstElementChild;
    // Badges go into the status cell: a row whose cell has one is done.
    if (first && hasBadge(first)) continue;
    const orderId = idFromTableCell(idCell);
    if (!orderId || skip.has(orderId)) continue;
    const typeCell = cells.types?.[i];
    const sourceCell = cells.sources?.[i];
    orders.push(
      orderFrom(orderId, readCellStatus(statusCell, first), statusCell, {
        type: typeCell ? tableCellText(typeCell) : '',
        source: sourceCell ? tableCellText(sourceCell) : '',
        layout: 'table',
      }),
    );
  }
  found.push(...orders);
  // Every stretch is handed on at once, from the first read: a jump to the page's end (End key,
  // find in page) must find its rows' stretch waiting, not behind the ones scrolled past.
  if (stretch && from === 0) {
    for (let start = end; start < ids.length; start += stretch.rows) {
      const first = (ids[start] as Element).parentElement;
      if (!first) continue;
      stretch.later({
        first,
        read() {
          const more: RemovalOrderOnPage[] = [];
          // The table may have changed meanwhile: its header and columns are found again.
          if (table.isConnected) scanWholeHtmlTable(table, skip, more, stretch, start);
          return more;
        },
      });
    }
  }
  return true;
}

interface OtherColumns {
  readonly statuses: NodeListOf<Element>;
  readonly types?: NodeListOf<Element>;
  readonly sources?: NodeListOf<Element>;
}

/**
 * A table's body cells by column, one per body row in row order, each column asked for once.
 * A column is null unless every element in the table's bodies is a row with exactly the header's
 * cell count (its cell is the nth child and the mth from last) and a `td` or `th` in that column:
 * then all columns line up row by row.
 */
class ColumnCells {
  private readonly rows: number;
  private others: OtherColumns | null | undefined;

  constructor(
    private readonly table: Element,
    private readonly header: Header,
  ) {
    this.rows = bodyElementCount(table);
  }

  ids(): NodeListOf<Element> | null {
    const { orderId } = this.header.columns;
    return orderId === undefined ? null : this.column(orderId);
  }

  /** Status, type and source cells; null when one of them does not line up. */
  rest(): OtherColumns | null {
    if (this.others !== undefined) return this.others;
    const { status, orderType, orderSource } = this.header.columns;
    const statuses = status === undefined ? null : this.column(status);
    const types = orderType === undefined ? undefined : this.column(orderType);
    const sources = orderSource === undefined ? undefined : this.column(orderSource);
    this.others = statuses && types !== null && sources !== null ? { statuses, types, sources } : null;
    return this.others;
  }

  private column(index: number): NodeListOf<Element> | null {
    const cells = this.table.querySelectorAll(
      `:scope > tbody > tr > :is(td, th):nth-child(${index + 1}):nth-last-child(${this.header.width - index})`,
    );
    return cells.length === this.rows ? cells : null;
  }
}

/** Rows a whole-table scan checks for customer orders before deciding whether the check pays. */
const CUSTOMER_SAMPLE_ROWS = 20;

/** Elements in the table's bodies plus rows placed right in the table: equal to its body rows only if all are rows. */
function bodyElementCount(table: Element): number {
  let count = 0;
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'tbody') count += child.childElementCount;
    else if (child.localName === 'tr') count += 1;
  }
  return count;
}

/** Every body row of an HTML table after its header, read cell by cell. */
function scanTableRows(table: Element, header: Header, skip: ReadonlySet<string>, found: RemovalOrderOnPage[]): true {
  const grid = gridOf(table);
  for (let index = header.rowIndex + 1; index < grid.rows.length; index++) {
    const row = grid.rows[index];
    if (row && !grid.isHeadOrFoot(row)) readRow(grid, header, row, skip, found);
  }
  return true;
}

/** One row after the header: the order it shows, unless it has no ID, is skipped or already has its badge. */
function readRow(
  grid: Grid,
  header: Header,
  row: Element,
  skip: ReadonlySet<string>,
  found: RemovalOrderOnPage[],
): void {
  const { columns, width } = header;
  const cells = rowCellsOf(grid, row, width, header.lastColumn);
  const statusCell = cellAt(cells, columns.status);
  // Badges go into the status cell: a row whose cell has one is done.
  if (!statusCell) return;
  const first = statusCell.firstElementChild;
  if (first && hasBadge(first)) return;
  const orderId = columns.orderId !== undefined ? idFromCell(cellAt(cells, columns.orderId)) : idFromLabels(row);
  if (!orderId || skip.has(orderId)) return;
  const typeCell = cellAt(cells, columns.orderType);
  const sourceCell = cellAt(cells, columns.orderSource);
  found.push(
    orderFrom(orderId, readStatus(statusCell), statusCell, {
      type: typeCell ? displayText(typeCell) : '',
      source: sourceCell ? displayText(sourceCell) : '',
      layout: 'table',
    }),
  );
}

/** A badge among a cell's children, from its first child element on. */
function hasBadge(first: Element): boolean {
  for (let child: Element | null = first; child; child = child.nextElementSibling) {
    if (child.hasAttribute(ORDER_ATTRIBUTE)) return true;
  }
  return false;
}

function idFromCell(cell: Element | null): string | null {
  if (!cell) return null;
  const first = cell.firstElementChild;
  if (first === null && !cell.shadowRoot) return orderIdFrom(cell.textContent ?? '');
  return idFromContent(cell, first);
}

/** `idFromCell` of an HTML table cell (`td`, `th`): never a shadow host, one DOM call fewer per row. */
function idFromTableCell(cell: Element): string | null {
  const first = cell.firstElementChild;
  return first === null ? orderIdFrom(cell.textContent ?? '') : idFromContent(cell, first);
}

function idFromContent(cell: Element, first: Element | null): string | null {
  // The usual cell is one link: the first link in document order, without a selector query per row.
  const link = first?.localName === 'a' || first?.localName === 'kat-link' ? first : cell.querySelector('a, kat-link');
  return orderIdFrom(displayText(link ?? cell)) ?? (link ? orderIdFrom(displayText(cell)) : null);
}

/** Rows that put the ID inside a details cell ("Order ID: X") instead of a column of its own. */
function idFromLabels(row: Element): string | null {
  for (const labelled of readLabelledValues(row)) {
    if (labelled.role === 'orderId') return orderIdFrom(labelled.value);
  }
  return null;
}

interface StatusReading {
  readonly text: string;
  readonly status: NormalizedStatus | null;
}

/**
 * The status a cell shows. When the whole cell is not a status (a badge plus a note or a
 * link), exactly one part naming a status is accepted; two different ones stay unrecognized.
 */
function readStatus(cell: Element): StatusReading {
  return readStatusFrom(cell, displayText(cell));
}

/** `readStatus` of an HTML table cell (`td`, `th`) whose first child element was read already. */
function readCellStatus(cell: Element, first: Element | null): StatusReading {
  return readStatusFrom(cell, tableCellText(cell, first), first);
}

function readStatusFrom(cell: Element, text: string, first = cell.firstElementChild): StatusReading {
  const status = statusOf(text);
  if (status || first === null) return { text, status };
  const named = new Map<NormalizedStatus, string>();
  walkElements(cell, (part) => {
    // A slot shows light DOM the walk reads anyway; a nested table is not this cell's status.
    if (part.localName === 'slot' || tableKind(part) !== null) return false;
    if (part.firstElementChild === null && !part.shadowRoot) {
      const partText = displayText(part);
      const partStatus = statusOf(partText);
      if (partStatus && !named.has(partStatus)) named.set(partStatus, partText);
    }
    return true;
  });
  const [only, ...others] = named.entries();
  return only && others.length === 0 ? { text: only[1], status: only[0] } : { text, status: null };
}

/** A detail value names its status outright, or carries it in one part (a badge beside a date). */
function readStatusValue(value: string, element: Element): StatusReading {
  const status = statusOf(value);
  if (status) return { text: value, status };
  const parts = readStatus(element);
  return parts.status ? parts : { text: value, status: null };
}

function orderFrom(
  orderId: string,
  reading: StatusReading,
  anchor: Element,
  context: { type: string; source: string; layout: RemovalOrderOnPage['layout'] },
): RemovalOrderOnPage {
  const amazonInitiated = isAmazonInitiatedOrder(context);
  const verdict = verdictForReading(reading.text, reading.status, amazonInitiated);
  const order: { -readonly [K in keyof RemovalOrderOnPage]: RemovalOrderOnPage[K] } = {
    orderId,
    statusText: reading.text,
    status: verdict.status,
    eligibility: verdict.eligibility,
    reason: verdict.reason,
    anchor,
    amazonInitiated,
    layout: context.layout,
  };
  if (context.type) order.orderType = context.type;
  return order;
}

/**
 * Detail pages: "Order ID" / "Status" / "Order type" / "Order source" labels with values.
 * Several orders on one page (cards) pair each ID with the labels that follow it up to the
 * next ID; a page without an ID label uses the order its URL names.
 */
function scanDetail(
  root: ParentNode,
  readTables: ReadonlySet<Element>,
  options: ScanOptions,
  skip: ReadonlySet<string>,
  found: RemovalOrderOnPage[],
): void {
  const labelled = readLabelledValues(root, readTables);
  const ids = labelled.flatMap((entry, index) => {
    const orderId = entry.role === 'orderId' ? orderIdFrom(entry.value) : null;
    return orderId ? [{ orderId, index }] : [];
  });
  if (ids.length === 0 && options.pageOrderId) ids.push({ orderId: options.pageOrderId, index: -1 });
  const seen = new Set(found.map((order) => order.orderId));
  ids.forEach(({ orderId, index }, position) => {
    if (seen.has(orderId) || skip.has(orderId)) return;
    const next = ids[position + 1]?.index ?? labelled.length;
    // One order on the page: its labels may sit before the ID as well (a summary box first).
    const group = ids.length === 1 ? labelled : labelled.slice(index + 1, next);
    // Prefer a status we recognize over another "Status" on the page (a shipment's, say).
    const statuses = group
      .filter((entry) => entry.role === 'status')
      .map((entry) => ({ entry, reading: readStatusValue(entry.value, entry.element) }));
    const chosen = statuses.find(({ reading }) => reading.status !== null) ?? statuses[0];
    if (!chosen || chosen.entry.element.querySelector(`[${ORDER_ATTRIBUTE}]`)) return;
    seen.add(orderId);
    const valueFor = (role: ColumnRole) => group.find((entry) => entry.role === role)?.value ?? '';
    found.push(
      orderFrom(orderId, chosen.reading, chosen.entry.element, {
        type: valueFor('orderType'),
        source: valueFor('orderSource'),
        layout: 'detail',
      }),
    );
  });
}
