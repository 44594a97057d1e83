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

const COUNT = /^\d{1,4}$/;
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

/** A row drawn as a term and its description: the pair's other half, else null. */
function partnerOf(el: Element): Element | null {
  const partner =
    el.localName === 'dt' ? el.nextElementSibling : el.localName === 'dd' ? el.previousElementSibling : null;
  return partner && partner.localName !== el.localName ? partner : null;
}

/**
 * Candidate leaves in the page's text, with the row around each: the closest ancestor that reads
 * as one. An ancestor holding a second candidate is the list itself: the climb stops there, and a
 * row drawn as a `dt` and its `dd` is read as the pair.
 */
function rowsAround<T>(
  root: Element,
  isAnchor: (text: string) => boolean,
  rowOf: (anchor: Text, leaves: Text[]) => T | null,
  isOwn: (el: Element) => boolean,
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
      let leaves = leavesOf(row, 12);
      let found: Element | null = row;
      if (!leaves || anchorsIn(leaves) > 1) {
        const partner = child && partnerOf(child);
        if (!child || !partner) break;
        leaves = [...(leavesOf(child, 12) ?? []), ...(leavesOf(partner, 12) ?? [])];
        if (anchorsIn(leaves) > 1) break;
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
      // Besides the count, a name and at most a link ("View details"), without another number.
      if (others.length === 0 || others.length > 2 || others.some((text) => /\d/.test(text))) return null;
      const name = others[0] as string;
      if (letters(name) < 3 || name.length > 160) return null;
      return { name, count: Number(textOf(anchor)) };
    },
    isOwn,
  );
  const list = longestList(rows);
  return list.length >= MIN_POLICY_ROWS ? list : [];
}

/** Short, and besides the date itself (its month name included) a few letters at most ("PST", "Uhr"). */
function isDate(text: string): boolean {
  const date = text.length <= DATE_MAX ? DATE.exec(text) : null;
  return date !== null && letters(text) - letters(date[0]) <= DATE_OTHER_LETTERS;
}

/** A title is words, not a marker ("New", "Unread", "View"): two words, or four letters of a script written without spaces. */
const isTitle = (text: string) =>
  letters(text) >= TITLE_MIN_LETTERS && (/\p{L}[^\p{L}\d]+\p{L}/u.test(text) || UNSPACED.test(text));

/** The Performance Notifications page's list: each notification's title and date. */
export function noticeRowsIn(root: Element, isOwn: (el: Element) => boolean): NoticeRowShown[] {
  const rows = rowsAround(
    root,
    isDate,
    (anchor, leaves) => {
      const titles = leaves.filter((leaf) => leaf !== anchor && isTitle(textOf(leaf)));
      // A heading or bold text is the title; else the first words, before the preview.
      const title = titles.find((leaf) => leaf.parentElement?.closest('h2,h3,h4,strong,b,[role=heading]')) ?? titles[0];
      return title ? { title: textOf(title).slice(0, TEXT_MAX), shown: textOf(anchor) } : null;
    },
    isOwn,
  );
  return longestList(rows);
}
