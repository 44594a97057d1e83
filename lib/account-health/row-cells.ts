/**
 * What the worker reads from the rows a page's lists hold (page-rows.dom.ts finds them): each
 * policy's name beside its count, each notification's title beside its date, and which list is
 * the page's (the longest that reads as one). Here, not in the content script, so that no Seller
 * Central page carries these rules.
 */
import { letterCount } from '@/lib/detect/normalize';
import { LETTERS } from '@/lib/letters';
import type { ListsShown, RowShown } from './page-rows';
import type { PolicyRow } from './policy-history';

/** Policy lists show about ten policies; fewer is a page's counters ("Open orders 12"), not one. */
export const MIN_POLICY_ROWS = 4;

const NOT_WORD = new RegExp(`[^${LETTERS}0-9]+`);
const words = (text: string) => text.split(NOT_WORD).filter(Boolean).length;
/** Scripts written without spaces: four letters are a title's words. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}]/u;
const TITLE_MIN_LETTERS = 4;

/**
 * How much a text reads as a title: 2 for a heading's words (three words, one long word, or four
 * letters of a script written without spaces), 1 for two words ("Non lu" is a chip, "Restricted
 * products" a category, as often as a title) or a whole sentence (a preview ends with its full
 * stop), 0 for a chip or a link ("New", "View").
 */
function titleShape(text: string): number {
  const count = letterCount(text);
  if (count < TITLE_MIN_LETTERS) return 0;
  const wordCount = words(text);
  if (wordCount >= 3 || (wordCount === 1 && count >= 15) || UNSPACED.test(text)) return /[.。!！]$/.test(text) ? 1 : 2;
  return wordCount === 2 ? 1 : 0;
}

/**
 * A part that can be a chip: two short words at most (in a script without spaces, three letters:
 * "未読", "新着"), not the start of a title ("Policy warning:").
 */
const isChip = (part: string) =>
  (UNSPACED.test(part) ? letterCount(part) <= 3 : words(part) <= 2 && letterCount(part) <= 12) && !/[:：]$/.test(part);

/**
 * A notification's title among the cells of its row: the longest that reads as a heading, else
 * the first that reads as a short one or a sentence, without the chips after it ("New", "Non
 * letto").
 */
export function noticeTitleOf(cells: RowShown['cells']): string | null {
  const texts = cells.map(withoutChips);
  // Of the texts that read as a heading, the longest (a category above the title is short);
  // else the first short one or sentence.
  const headings = texts.filter((text) => titleShape(text) === 2);
  if (headings.length > 0) return headings.reduce((a, b) => (letterCount(b) > letterCount(a) ? b : a));
  return texts.find((text) => titleShape(text) === 1) ?? null;
}

/**
 * A cell's text without the chips after it, nor (in a script without spaces, "未読") before it:
 * elsewhere a title's first words are set apart as often as a chip ("Sua | Classificação …",
 * "إجراء | مطلوب: …").
 */
function withoutChips(cell: readonly string[]): string {
  const parts = [...cell];
  while (parts.length > 1 && isChip(parts.at(-1) as string)) parts.pop();
  while (parts.length > 1 && isChip(parts[0] as string) && UNSPACED.test(parts[0] as string)) parts.shift();
  return parts.join(' ');
}

/** The longest list of rows read, each read by `read` (null: not a row of that kind). */
function longestRead<T>(lists: ListsShown, read: (row: RowShown) => T | null): T[] {
  let best: T[] = [];
  for (const list of lists) {
    const rows = list.flatMap((row) => {
      const value = read(row);
      return value === null ? [] : [value];
    });
    if (rows.length > best.length) best = rows;
  }
  return best;
}

/** Letters of a status chip set before a policy's name in its own cell, in a script without spaces ("良好", "需要关注"). */
const LEADING_CHIP_LETTERS = 4;

/** A name cell's text without such a chip; Latin chips stand in cells of their own, and the name is the first cell. */
function nameOf(parts: readonly string[]): string {
  let first = 0;
  const isLeadingChip = (part: string, next: string) =>
    UNSPACED.test(part) && letterCount(part) <= LEADING_CHIP_LETTERS && letterCount(next) > letterCount(part);
  while (first < parts.length - 1 && isLeadingChip(parts[first] as string, parts[first + 1] as string)) first += 1;
  return parts.slice(first).join(' ');
}

/** A policy's name: the first cell with words and no number (a status chip or a link may follow). */
function policyOf({ anchor, cells }: RowShown): PolicyRow | null {
  const name = cells.map(nameOf).find((text) => letterCount(text) >= 3 && !/\d/.test(text));
  const count = Number.parseInt(anchor, 10);
  return name && Number.isInteger(count) ? { name, count } : null;
}

/** The page's policy list: the longest list of policy rows, if it is long enough to be one. */
export function policyListOf(lists: ListsShown): PolicyRow[] {
  const rows = longestRead(lists, policyOf);
  return rows.length >= MIN_POLICY_ROWS ? rows : [];
}

/** The page's notifications: the longest list of rows with a title, each with its date as written. */
export function noticeListOf(lists: ListsShown): Array<{ title: string; shown: string }> {
  return longestRead(lists, (row) => {
    const title = noticeTitleOf(row.cells);
    return title ? { title, shown: row.anchor } : null;
  });
}
