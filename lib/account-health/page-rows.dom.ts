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
const UNSPACED = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}]/u;
/** A count or a date with the page's indentation around it is no longer than this. */
const ANCHOR_MAX_RAW = 200;
const TITLE_MIN_LETTERS = 4;
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

const textOf = (leaf: Text) => leaf.data.replace(/\s+/g, ' ').trim();
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

/** A pair of cells in document order; null when either holds too much. */
function leavesOfBoth(first: Element, second: Element): Text[] | null {
  const a = leavesOf(first, 12);
  const b = a && leavesOf(second, 12);
  return a && b ? [...a, ...b] : null;
}

/**
 * Candidate leaves in the page's text, with the row around each: the closest ancestor that reads
 * as one. An ancestor holding a second candidate is the list itself: there, the candidate's cell
 * and its neighbour (the one before a count, the one after a date) are the row, as in a flat grid
 * of cells. A `dt` or `dd` is always read with that neighbour, unless the pair is wrapped in a row
 * of its own.
 */
function rowsAround<T>(
  root: Element,
  isAnchor: (text: string) => boolean,
  rowOf: (anchor: Text, leaves: Text[]) => T | null,
  after: boolean,
): Array<[Element, T]> {
  const rows: Array<[Element, T]> = [];
  const anchorsIn = (leaves: Text[]) => leaves.filter((leaf) => isAnchor(textOf(leaf))).length;
  for (const anchor of leavesOf(root, 20000) ?? []) {
    // Most of a page's text is longer than any count or date: passed over before any work.
    if (anchor.data.length > ANCHOR_MAX_RAW || !isAnchor(textOf(anchor)) || anchor.parentElement?.closest(SKIPPED))
      continue;
    let row = anchor.parentElement;
    let child: Element | null = null;
    for (let level = 0; row && level < CLIMB && row !== root; level += 1) {
      let leaves = leavesOf(row, 12);
      let found: Element | null = row;
      const isList = !leaves || anchorsIn(leaves) > 1;
      if (isList || (/^d[dt]$/.test(row.localName) && (row.parentElement?.childElementCount ?? 0) > 2)) {
        found = isList ? child : row;
        const other = after ? found?.nextElementSibling : found?.previousElementSibling;
        leaves = found && other ? (after ? leavesOfBoth(found, other) : leavesOfBoth(other, found)) : null;
        if (!found || !leaves || anchorsIn(leaves) > 1) break;
      }
      const value = leaves && rowOf(anchor, leaves);
      if (value) {
        rows.push([found, value]);
        break;
      }
      if (found !== row) break;
      child = row;
      row = row.parentElement;
    }
  }
  return rows;
}

/** The Account Health page's policy list; empty when the page shows none. */
export function policyRowsIn(root: Element): PolicyRowShown[] {
  const rows = rowsAround(
    root,
    (text) => COUNT.test(text),
    (anchor, leaves) => {
      const others = leaves.filter((leaf) => leaf !== anchor).map(textOf);
      // Besides the count: the name first, then at most a description and links ("View details"), no other number.
      if (others.length === 0 || others.length > 4 || others.some((text) => /\d/.test(text))) return null;
      const name = others[0] as string;
      if (letters(name) < 3) return null;
      return { name, count: Number.parseInt(textOf(anchor), 10) };
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

const words = (text: string) => text.split(/[^\p{L}\d]+/u).filter(Boolean).length;
/**
 * How much a text reads as a notification's title: 2 for a sentence or a long word (three words,
 * fifteen letters, or four letters of a script written without spaces), 1 for two short words
 * ("Non lu" is a marker as often as a title), 0 for a marker ("New", "Unread", "View").
 */
function titleShape(text: string): number {
  const count = letters(text);
  if (count < TITLE_MIN_LETTERS) return 0;
  if (words(text) >= 3 || count >= 15 || UNSPACED.test(text)) return 2;
  return words(text) === 2 ? 1 : 0;
}

/** The Performance Notifications page's list: each notification's title and date. */
export function noticeRowsIn(root: Element): NoticeRowShown[] {
  const rows = rowsAround(
    root,
    isDate,
    (anchor, leaves) => {
      const others = leaves.filter((leaf) => leaf !== anchor);
      // The first text of the best shape: the title comes before its preview.
      const title =
        others.find((leaf) => titleShape(textOf(leaf)) > 1) ?? others.find((leaf) => titleShape(textOf(leaf)) > 0);
      return title ? { title: textOf(title), shown: textOf(anchor) } : null;
    },
    true,
  );
  return longestList(rows);
}
