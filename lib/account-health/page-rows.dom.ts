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
const DATE_MAX = 40;
const DATE_OTHER_LETTERS = 8;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** A count or a date with the page's indentation around it is no longer than this. */
const ANCHOR_MAX_RAW = 200;
const TITLE_MIN_LETTERS = 4;
const TEXT_MAX = 300;
/** Levels climbed from a count or date to the row that names it. */
const CLIMB = 4;
/** Policy lists show about ten policies; fewer is a page's counters ("Open orders 12"), not one. */
const MIN_POLICY_ROWS = 4;
const MAX_ROWS = 200;

const SKIPPED = 'script,style,template,noscript,nav,header,footer';

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
  return best.slice(0, MAX_ROWS);
}

function isInside(node: Node, isOwn: (el: Element) => boolean): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (isOwn(el)) return true;
  return false;
}

/**
 * A row drawn as a term and its description: the pair's other half, else null. A pair wrapped in
 * an element of its own (`<div><dt/><dd/></div>`) needs none: the wrapper is the row.
 */
function partnerOf(el: Element): Element | null {
  if (el.parentElement?.childElementCount === 2) return null;
  const partner =
    el.localName === 'dt' ? el.nextElementSibling : el.localName === 'dd' ? el.previousElementSibling : null;
  return partner && partner.localName !== el.localName ? partner : null;
}

/** The text of two elements in document order; null when either holds too much. */
function leavesOfBoth(first: Element, second: Element): Text[] | null {
  const a = leavesOf(first, 12);
  const b = a && leavesOf(second, 12);
  return a && b ? [...a, ...b] : null;
}

/** A row's text: a `dt` or `dd` reads with its other half. */
function rowLeaves(el: Element): Text[] | null {
  const partner = partnerOf(el);
  if (!partner) return leavesOf(el, 12);
  return el.localName === 'dt' ? leavesOfBoth(el, partner) : leavesOfBoth(partner, el);
}

/**
 * Candidate leaves in the page's text, with the row around each: the closest ancestor that reads
 * as one. An ancestor holding a second candidate is the list itself: the climb stops there. With
 * `cellBefore`, a list drawn as a flat grid (name, count, link as siblings) reads the candidate's
 * cell with the one before it as the row.
 */
function rowsAround<T>(
  root: Element,
  isAnchor: (text: string) => boolean,
  rowOf: (anchor: Text, leaves: Text[]) => T | null,
  isOwn: (el: Element) => boolean,
  cellBefore: boolean,
): Array<[Element, T]> {
  const rows: Array<[Element, T]> = [];
  const seen = new Set<Element>();
  const anchorsIn = (leaves: Text[]) => leaves.filter((leaf) => isAnchor(textOf(leaf))).length;
  for (const anchor of leavesOf(root, 20000) ?? []) {
    // Most of a page's text is longer than any count or date: passed over before any work.
    if (anchor.data.length > ANCHOR_MAX_RAW || !isAnchor(textOf(anchor))) continue;
    if (anchor.parentElement?.closest(SKIPPED) || isInside(anchor, isOwn)) continue;
    let row = anchor.parentElement;
    let child: Element | null = null;
    for (let level = 0; row && level < CLIMB && row !== root && !seen.has(row); level += 1) {
      let leaves = rowLeaves(row);
      let found: Element = row;
      if (!leaves || anchorsIn(leaves) > 1) {
        const before = cellBefore ? child?.previousElementSibling : null;
        leaves = before && child ? leavesOfBoth(before, child) : null;
        if (!leaves || !child || anchorsIn(leaves) > 1) break;
        found = child;
      }
      const value = rowOf(anchor, leaves);
      if (value !== null) {
        seen.add(found);
        rows.push([found, value]);
        break;
      }
      if (found === child) break;
      child = row;
      row = row.parentElement;
    }
  }
  return rows;
}

/** The Account Health page's policy list; empty when the page shows none. */
export function policyRowsIn(root: Element, isOwn: (el: Element) => boolean): PolicyRowShown[] {
  const rows = rowsAround(
    root,
    (text) => COUNT.test(text),
    (anchor, leaves) => {
      const others = leaves.filter((leaf) => leaf !== anchor).map(textOf);
      // Besides the count: the name first, then at most a description and links ("View details"), no other number.
      if (others.length === 0 || others.length > 4 || others.some((text) => /\d/.test(text))) return null;
      const name = others[0] as string;
      if (letters(name) < 3 || name.length > 160) return null;
      return { name, count: Number.parseInt(textOf(anchor), 10) };
    },
    isOwn,
    true,
  );
  const list = longestList(rows);
  return list.length >= MIN_POLICY_ROWS ? list : [];
}

/** Short, and besides the date itself (its month name included) a few letters at most ("PST", "Uhr"). */
function isDate(text: string): boolean {
  const date = text.length <= DATE_MAX ? DATE.exec(text) : null;
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
export function noticeRowsIn(root: Element, isOwn: (el: Element) => boolean): NoticeRowShown[] {
  const rows = rowsAround(
    root,
    isDate,
    (anchor, leaves) => {
      const others = leaves.filter((leaf) => leaf !== anchor);
      const best = Math.max(0, ...others.map((leaf) => titleShape(textOf(leaf))));
      const titles = others.filter((leaf) => best > 0 && titleShape(textOf(leaf)) === best);
      // A heading or bold text is the title; else the first words, before the preview.
      const title = titles.find((leaf) => leaf.parentElement?.closest('h2,h3,h4,strong,b,[role=heading]')) ?? titles[0];
      return title ? { title: textOf(title).slice(0, TEXT_MAX), shown: textOf(anchor) } : null;
    },
    isOwn,
    false,
  );
  return longestList(rows);
}
