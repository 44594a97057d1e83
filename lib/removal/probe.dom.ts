/**
 * Manage Orders lists customer orders; a removal order there is rare. The removal script costs a
 * page its compile alone (about 50 KB of JavaScript), so on Manage Orders it is not in the
 * manifest: the main script probes the rows instead, and asks for the removal script the first
 * time a row could be a removal order. The probe only has to be sure of "no": a customer order's
 * row always shows its 3-7-7 digit ID at the start of a cell (the rule the removal script's own
 * scan rules customer rows out by), so a row of cells without one might be a removal order and
 * the removal script decides. A wrong "maybe" costs time, never a badge.
 */

import { walkLightTree } from '@/lib/dom/light-tree.dom';
import { startsWithCustomerOrderId } from './customer-order-id';

/** What the probe counts as a table, by tag and by ARIA role; every other form below comes from these. */
const TABLE_TAGS = ['table', 'kat-table'] as const;
const TABLE_ROLES = ['table', 'grid'] as const;
const ARIA_TABLES = TABLE_ROLES.map((role) => `[role="${role}"]`);
const TABLES = [...TABLE_TAGS, ...ARIA_TABLES].join(', ');
const DATA_CELLS: ReadonlySet<string> = new Set(['td', 'kat-table-cell']);
const HEAD_SECTIONS: ReadonlySet<string> = new Set(['thead', 'tfoot', 'kat-table-head', 'kat-table-footer']);
const ARIA_DATA_CELLS: ReadonlySet<string | null> = new Set(['cell', 'gridcell']);

/** Rows read at once; the rest of a long table in stretches of this size as they near the screen. */
export const PROBE_ROWS_AT_ONCE = 100;

/**
 * True when the row could show a removal order: a body row that holds a table of its own, or one
 * with at least two cells, one of them a data cell (headers are `th` or column headers only), with
 * text, and no cell that starts with a customer order ID.
 */
export function rowMayShowRemovalOrder(row: Element): boolean {
  if (HEAD_SECTIONS.has(row.parentElement?.localName ?? '')) return false;
  // A table inside a row is not searched for on its own (tablesIn): its rows are the removal script's to read.
  if (row.querySelector(TABLES)) return true;
  let cells = 0;
  let dataCells = 0;
  let text = false;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    cells += 1;
    if (DATA_CELLS.has(cell.localName) || ARIA_DATA_CELLS.has(cell.getAttribute('role'))) dataCells += 1;
    const content = cell.textContent ?? '';
    if (startsWithCustomerOrderId(content)) return false;
    text ||= content.trim() !== '';
  }
  return cells >= 2 && dataCells > 0 && text;
}

const SILENT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/**
 * Where the probe's change watcher does not look for shadow roots: a table's rows are in its light
 * DOM (Katal's too), and a 5,000-row table walked element by element would cost what the probe saves.
 */
export function isTableOrSilent(element: Element): boolean {
  return SILENT_TAGS.has(element.localName) || isTable(element);
}

/** `element.matches(TABLES)` without a selector match: the watcher asks this of every element it walks. */
function isTable(element: Element): boolean {
  return (
    (TABLE_TAGS as readonly string[]).includes(element.localName) ||
    (TABLE_ROLES as readonly (string | null)[]).includes(element.getAttribute('role'))
  );
}

/**
 * The tables in a part of the page (light DOM), the part itself included, none of them inside
 * another table: found by a walk that leaves tables and silent subtrees out. On Manage Orders that
 * is a few hundred elements, where the browser's tag lists and a `[role]` selector each went through
 * all 55,000 of a 5,000-row page (about 3 ms of its 8 ms budget, issue #14). A table inside another
 * table's row is found when that row is read (rowMayShowRemovalOrder).
 */
export function tablesIn(root: ParentNode): Element[] {
  const found: Element[] = [];
  if ((root as Node).nodeType === 1 && isTable(root as Element)) return [root as Element];
  const skipped = (element: Element) => {
    if (!isTableOrSilent(element)) return false;
    if (isTable(element)) found.push(element);
    return true;
  };
  walkLightTree(root as Node, skipped, () => undefined);
  return found;
}

/** The table's rows in order, whatever it is built from. */
export function rowsOf(table: Element): ArrayLike<Element> {
  if (table.localName === 'table') return (table as HTMLTableElement).rows;
  if (table.localName === 'kat-table') return table.getElementsByTagName('kat-table-row');
  return table.querySelectorAll('[role="row"]');
}

/** One stretch of a long table, left to read when its first row nears the screen. */
export interface LaterStretch {
  readonly first: Element;
  /** True when one of its rows could show a removal order. */
  read(): boolean;
}

/**
 * Probes a table: its first `PROBE_ROWS_AT_ONCE` rows now, every later stretch handed to `later`.
 * True as soon as a row read could show a removal order (the stretches are then not handed on).
 */
export function probeTable(table: Element, later: (stretch: LaterStretch) => void): boolean {
  const rows = rowsOf(table);
  if (readRows(rows, 0)) return true;
  for (let start = PROBE_ROWS_AT_ONCE; start < rows.length; start += PROBE_ROWS_AT_ONCE) {
    const first = rows[start];
    if (!first) continue;
    const from = start;
    // The table may have changed meanwhile: its rows are asked for again.
    later({ first, read: () => table.isConnected && readRows(rowsOf(table), from) });
  }
  return false;
}

function readRows(rows: ArrayLike<Element>, from: number): boolean {
  const end = Math.min(rows.length, from + PROBE_ROWS_AT_ONCE);
  for (let i = from; i < end; i += 1) {
    const row = rows[i];
    if (row && rowMayShowRemovalOrder(row)) return true;
  }
  return false;
}

const ROW_SELECTOR = 'tr, kat-table-row, [role="row"]';

/**
 * What a change touched (added nodes, edited text): true when a touched row could show a removal
 * order; tables that arrived, or got rows, are added to `tables` for the caller to probe.
 */
export function changedRowsMayShowRemovalOrder(nodes: Iterable<Node>, tables: Set<Element>): boolean {
  for (const node of nodes) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element?.isConnected) continue;
    const row = element.closest(ROW_SELECTOR);
    if (row) {
      if (rowMayShowRemovalOrder(row)) return true;
      continue;
    }
    for (const table of tablesIn(element)) tables.add(table);
    // Rows added without their table (a new tbody) belong to a table probed from its start.
    const table = element.closest(TABLES);
    if (table && element.querySelector(ROW_SELECTOR)) tables.add(table);
  }
  return false;
}
