/**
 * The rows the Account Health page and the Performance Notifications page list, read by the
 * page's structure so that every Seller Central language reads alike (issue #18). A row is found
 * around a candidate: a bare count ("2", "2件"; rates, targets and "0 of 50 orders" are none) or
 * a short date ("Dec 3, 2026", "03.12.2026", "2026/12/03"; a copyright line and a labelled field,
 * "Last updated: …", are none). The content script only finds the rows and their cells; the
 * worker reads them (row-cells.ts: the policy's name, the notification's title, which list is
 * the page's), so no Seller Central page carries those rules.
 */
import { isOutOfReading, isUnseen } from '@/lib/detect/ahr-widget.dom';
import { letterCount } from '@/lib/detect/normalize';
import { LETTERS } from '@/lib/letters';
import type { RowShown } from './page-rows';

/** A bare count, or one with a counter word's single letter (Japanese "2件"). */
const COUNT = new RegExp(`^\\d{1,4}\\s?[${LETTERS}]?$`);
/** A 4-digit year and a day or month number beside it (a month's name before the day included). */
const DATE = new RegExp(String.raw`(?<!\d)(?:(?:[${LETTERS}]+\.?\s)?\d{1,2}\D{1,12}20\d\d|20\d\d\D{1,3}\d{1,2})(?!\d)`);

/**
 * Never rows: navigation, the page's header and footer. (Code is no candidate: too long, or no
 * count or date; a template's content and our own card, in its shadow root, are outside the walk.)
 */
const SKIPPED = 'nav,header,footer';
const DIGIT = /\d/;
const SHORT = /^\D{0,80}\d.{0,80}$/s;

const VISIBLE = /\S/;

function leavesOf(root: Element, limit: number): Text[] | null {
  const leaves: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (VISIBLE.test(node.data) && leaves.push(node) > limit) return null;
  }
  return leaves;
}

/** A node's text as the page shows it: whitespace folded. */
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

const TEXT_NODE = 3;

/** The text a reader of the page sees in a node: what a reader passes over inside it left out. */
function seenText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return (node as Text).data;
  if (node instanceof Element && isOutOfReading(node)) return '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += seenText(child);
  return text;
}

/** seenText, whitespace folded. */
const seen = (node: Node) => seenText(node).replace(/\s+/g, ' ').trim();

/** Elements that start a line of their own: text on either side of one is two texts, not one. */
const BLOCK = /^(?:p|div|h\d|[uo]l|li|d[ltd]|t[rdh]|br)$|-/;
const hasBlock = (el: Element) => [...el.children].some((child) => BLOCK.test(child.localName));

/**
 * The cells of a row besides its candidate's, in order, each as the texts of its parts: a name
 * split across inline spans is one cell, a chip beside a title its own part. A cell is opened up
 * where it holds the candidate with more text, or lines of its own (a title above its preview).
 * Hidden text and asides (tooltips, help, buttons) are not read.
 */
function cellsBeside(nodes: Iterable<Node>, anchor: Text, anchorText: string, out: string[][] = []): string[][] {
  for (const node of nodes) {
    const text = seen(node);
    if (!text) continue;
    const holds = node.contains(anchor);
    if (node instanceof Element && (holds ? text !== anchorText : hasBlock(node)))
      cellsBeside(node.childNodes, anchor, anchorText, out);
    else if (!holds) out.push(node instanceof Element ? [...node.childNodes].map(seen).filter(Boolean) : [text]);
  }
  return out;
}

/**
 * Every candidate's row, grouped into lists by the element that holds the other candidates (else
 * by parent): the widest ancestor that holds no other candidate (a policy's line, a
 * notification's card), never one holding the page's `h1`. At the
 * list itself, a candidate whose own cell is all it has is read with its neighbour (the one
 * before a count, the one after a date), as in a flat grid of cells; a `dt` or `dd` always is,
 * unless the pair is wrapped in a row of its own.
 */
function listsAround(root: Element, isAnchor: (text: string) => boolean, after: boolean): RowShown[][] {
  const lists = new Map<Node | null, RowShown[]>();
  // Every candidate has a digit: the page's other text costs one test, no string.
  const anchors = (leavesOf(root, 20000) ?? []).filter((leaf) => DIGIT.test(leaf.data) && isAnchor(clean(leaf)));
  // How many candidates each element holds, counted once up every candidate's ancestors.
  const held = new Map<Node, number>();
  for (const anchor of anchors)
    for (let node = anchor.parentNode; node; node = node.parentNode) held.set(node, (held.get(node) ?? 0) + 1);
  // An element of more than 60 texts counts as a list whatever it holds.
  const anchorsIn = (el: Element) => {
    const count = held.get(el) ?? 0;
    return count > 1 || leavesOf(el, 60) ? count : 2;
  };
  for (const anchor of anchors) {
    let row = anchor.parentElement;
    // A candidate is short; a long text that holds one is a sentence.
    if (!SHORT.test(anchor.data) || row?.closest(SKIPPED) || isUnseenIn(row, root)) continue;
    const anchorText = clean(anchor);
    // "Last updated: 3 Dec 2026": a label right before the date, as text or an element of its own.
    const label = [anchor.previousSibling, row?.previousSibling, row?.previousElementSibling];
    if (after && label.some((node) => node && clean(node).endsWith(':'))) continue;
    let child: Element | null = null;
    let found: [Element, string[][]] | null = null;
    // The element whose text holds the other candidates: the list this row belongs to.
    let list: Node | null = null;
    let settled = false;
    // Seven levels at most: an app nests a count five levels below its row.
    for (let level = 0; row && level < 7 && row !== root && !row.querySelector('h1'); level += 1) {
      let cells: Node[] = [...row.childNodes];
      let at: Element | null = row;
      const isList = anchorsIn(row) > 1;
      if (isList) list = row;
      if (isList || (/^d[dt]$/.test(row.localName) && Number(row.parentElement?.childElementCount) > 2)) {
        at = isList ? child : row;
        const other = after ? at?.nextElementSibling : at?.previousElementSibling;
        // Paired only where the row read so far has nothing but its candidate.
        if (!at || !other || anchorsIn(other) > 0 || (found && found[1].length > 0)) break;
        cells = after ? [at, other] : [other, at];
      }
      // A wider row that lost what the narrower one read skipped it (the row's header is a
      // button, its expanded details are not): the narrower row is the row; the climb goes on
      // only to find the list.
      if (!settled) {
        const read = cellsBeside(cells, anchor, anchorText);
        if (found && !holdsEvery(read, found[1])) settled = true;
        else if (read.length > 0 || !found) found = [at, read];
      }
      if (at !== row) break;
      child = row;
      row = row.parentElement;
    }
    if (!found || found[1].length === 0) continue;
    const key = list ?? found[0].parentNode;
    const rows = lists.get(key) ?? [];
    rows.push({ anchor: anchorText, cells: found[1] });
    lists.set(key, rows);
  }
  return joinGroups(lists, held);
}

/** How far above a list its group may start: a group's element, then the element of the groups. */
const GROUP_LEVELS = 2;

/**
 * A list drawn in groups (a heading above each few policies) is one list: lists of two rows or
 * more whose elements meet within two levels, in an element that holds no other candidate, are
 * joined in page order.
 */
function joinGroups(lists: ReadonlyMap<Node | null, RowShown[]>, held: ReadonlyMap<Node, number>): RowShown[][] {
  const count = (node: Node) => held.get(node) ?? 0;
  const groupOf = (holder: Node | null, rows: readonly RowShown[]) => {
    if (!(holder instanceof Element) || rows.length < 2) return null;
    let at: Element | null = holder;
    for (let level = 0; at && level < GROUP_LEVELS; level += 1) {
      at = at.parentElement;
      if (at && count(at) > count(holder)) return at;
    }
    return null;
  };
  const members = new Map<Element, Node[]>();
  for (const [holder, rows] of lists) {
    const group = groupOf(holder, rows);
    if (!group) continue;
    const holders = members.get(group) ?? [];
    // A group is found only above an element: `holder` is one.
    holders.push(holder as Element);
    members.set(group, holders);
  }
  const joined = new Map<Node | null, Element>();
  for (const [group, holders] of members)
    if (holders.length > 1 && holders.reduce((sum, holder) => sum + count(holder), 0) === count(group))
      for (const holder of holders) joined.set(holder, group);
  const out = new Map<Node | null, RowShown[]>();
  for (const [holder, rows] of lists) {
    const key = joined.get(holder) ?? holder;
    const list = out.get(key);
    if (list) list.push(...rows);
    else out.set(key, [...rows]);
  }
  return [...out.values()];
}

/** Whether an element or one of its ancestors below `root` is not on screen (a collapsed row, a screen reader's text). */
function isUnseenIn(el: Element | null, root: Element): boolean {
  for (let at = el; at && at !== root; at = at.parentElement) if (isUnseen(at)) return true;
  return false;
}

/** Whether the cells read for a wider row hold every text read for a narrower one. */
function holdsEvery(wider: string[][], narrower: string[][]): boolean {
  const text = wider.flat().join(' ');
  return narrower.every((cell) => cell.every((part) => text.includes(part)));
}

/** A date, and besides it (its month's name included) eight letters at most ("PST", "Uhr"). */
function isDate(text: string): boolean {
  const date = DATE.exec(text);
  return date !== null && letterCount(text) - letterCount(date[0]) <= 8;
}

/** The Account Health page's candidate policy lists: each row's count and the cells beside it. */
export const policyListsIn = (root: Element) => listsAround(root, (text) => COUNT.test(text), false);

/** The Performance Notifications page's candidate lists: each row's date and the cells beside it. */
export const noticeListsIn = (root: Element) => listsAround(root, isDate, true);
