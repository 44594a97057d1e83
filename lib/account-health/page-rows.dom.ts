/**
 * The rows the Account Health page and the Performance Notifications page list, read by the
 * page's structure so that every Seller Central language reads alike (issue #18):
 *
 * - a policy row holds a name and one bare count ("Suspected intellectual property
 *   violations" | 2); rates ("0.3%"), targets ("< 4%"), ratios ("0 of 50 orders") are no rows;
 * - a notification row holds one short date ("Dec 3, 2026", "03.12.2026", "2026/12/03") and a
 *   title; a copyright line ("© 1996-2026") is no date.
 *
 * A list is rows under one parent; of several, the longest is the page's list (a stray pair
 * elsewhere on the page is not). The worker reads the dates and keeps the rows.
 */
import type { NoticeRowShown, PolicyRowShown } from './page-rows';

/** A bare count, or one with a counter word's single letter (Japanese "2件"). */
const COUNT = /^\d{1,4}\s?\p{L}?$/u;
/** A 4-digit year and a day or month number beside it (a month's name before the day included). */
const DATE = /(?<!\d)(?:(?:\p{L}+\.?\s)?\d{1,2}\D{1,12}20\d\d|20\d\d\D{1,3}\d{1,2})(?!\d)/u;
const DATE_OTHER_LETTERS = 8;
/** Levels climbed from a count or date to the row that names it. */
const CLIMB = 4;
/** Policy lists show about ten policies; fewer is a page's counters ("Open orders 12"), not one. */
const MIN_POLICY_ROWS = 4;

/**
 * Never rows: code, navigation, the page's header and footer. (A template's content and our own
 * card, in its shadow root, are outside the walk.)
 */
const SKIPPED = 'script,style,nav,header,footer';

function leavesOf(root: Element, limit: number): Text[] | null {
  const leaves: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.trim().length > 0 && leaves.push(node) > limit) return null;
  }
  return leaves;
}

/** A node's text as the page shows it: whitespace folded. */
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

/** The longest set of rows sharing one parent, in the page's order. */
function longestList<T>(rows: ReadonlyArray<readonly [Element, T]>): T[] {
  const byParent = new Map<Node | null, T[]>();
  for (const [row, value] of rows) {
    const list = byParent.get(row.parentNode) ?? [];
    list.push(value);
    byParent.set(row.parentNode, list);
  }
  let best: T[] = [];
  for (const list of byParent.values()) if (list.length > best.length) best = list;
  return best;
}

/** Elements that start a line of their own: text on either side of one is two texts, not one. */
const BLOCK = /^(?:p|div|h\d|[uo]l|li|d[ltd]|t[rdh]|br|section|article)$|-/;
const hasBlock = (el: Element) => [...el.children].some((child) => BLOCK.test(child.localName));

/**
 * The cells of a row besides its candidate's, in order, each as the texts of its parts: a name
 * split across inline spans is one cell, a chip beside a title its own part. A cell is opened up
 * where it holds the candidate with more text, or lines of its own (a title above its preview).
 */
function cellsBeside(nodes: Iterable<Node>, anchor: Text, out: string[][] = []): string[][] {
  for (const node of nodes) {
    const text = clean(node);
    if (!text) continue;
    const holds = node.contains(anchor);
    if (node instanceof Element && (holds ? text !== clean(anchor) : hasBlock(node)))
      cellsBeside(node.childNodes, anchor, out);
    else if (!holds) out.push(node instanceof Element ? [...node.childNodes].map(clean).filter(Boolean) : [text]);
  }
  return out;
}

/**
 * Candidate leaves in the page's text, with the row around each: the closest ancestor that reads
 * as one (with `largest`, the widest that holds no other candidate: a notification's card, not
 * the line with its date). An ancestor holding a second candidate is the list itself: there, the
 * candidate's cell and its neighbour (the one before a count, the one after a date) are the row,
 * as in a flat grid of cells. A `dt` or `dd` is always read with that neighbour, unless the pair
 * is wrapped in a row of its own.
 */
function rowsAround<T>(
  root: Element,
  isAnchor: (text: string) => boolean,
  rowOf: (anchor: string, cells: string[][]) => T | null,
  after: boolean,
): Array<[Element, T]> {
  const rows: Array<[Element, T]> = [];
  const anchorsIn = (el: Element) => {
    const leaves = leavesOf(el, 40);
    return leaves ? leaves.filter((leaf) => isAnchor(clean(leaf))).length : 2;
  };
  for (const anchor of leavesOf(root, 20000) ?? []) {
    if (!isAnchor(clean(anchor)) || anchor.parentElement?.closest(SKIPPED)) continue;
    let row = anchor.parentElement;
    let child: Element | null = null;
    let read: [Element, T] | null = null;
    // A page's heading belongs to no row: a lone notification's card ends below it.
    for (let level = 0; row && level < CLIMB && row !== root && !row.querySelector('h1'); level += 1) {
      let cells: Node[] = [...row.childNodes];
      let found: Element | null = row;
      const isList = anchorsIn(row) > 1;
      if (isList || (/^d[dt]$/.test(row.localName) && Number(row.parentElement?.childElementCount) > 2)) {
        found = isList ? child : row;
        const other = after ? found?.nextElementSibling : found?.previousElementSibling;
        if (!found || !other || anchorsIn(other) > 0) break;
        cells = after ? [found, other] : [other, found];
      }
      const value = rowOf(clean(anchor), cellsBeside(cells, anchor));
      if (value) read = [found, value];
      // A count's row is the first that reads as one; a date's, the widest.
      if ((value && !after) || found !== row) break;
      child = row;
      row = row.parentElement;
    }
    if (read) rows.push(read);
  }
  return rows;
}

/** The Account Health page's policy list; empty when the page shows none. */
export function policyRowsIn(root: Element): PolicyRowShown[] {
  const rows = rowsAround(
    root,
    (text) => COUNT.test(text),
    (count, cells) => {
      const others = cells.map((parts) => parts.join(' '));
      // Besides the count: the name first, then at most a description and links ("View details"), no other number.
      const [name, , , , fifth] = others;
      if (!name || fifth || letters(name) < 3 || others.some((text) => /\d/.test(text))) return null;
      return { name, count: Number.parseInt(count, 10) };
    },
    false,
  );
  const list = longestList(rows);
  return list.length >= MIN_POLICY_ROWS ? list : [];
}

/** A date, and besides it (its month's name included) a few letters at most ("PST", "Uhr"). */
function isDate(text: string): boolean {
  const date = DATE.exec(text);
  return date !== null && letters(text) - letters(date[0]) <= DATE_OTHER_LETTERS;
}

/** The Performance Notifications page's list: each notification's date and the cells beside it. */
export function noticeRowsIn(root: Element): NoticeRowShown[] {
  return longestList(rowsAround(root, isDate, (shown, cells) => (cells.length > 0 ? { shown, cells } : null), true));
}
