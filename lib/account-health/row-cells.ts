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
 * What the rows of one list share: a text shown in two rows or more is the list's furniture (a
 * status chip, a category, a sender, a "View" link), never what tells a row from the others (a
 * policy's name, a notification's title).
 */
interface Repeated {
  /** In how many of the list's rows a text is shown (a cell's whole text, or a cell's first part). */
  rowsWith(text: string): number;
  readonly rows: number;
  /** Whether most rows show, in this cell, a chip that other rows show too. */
  holdsChips(column: number): boolean;
  /** Whether most rows start this cell with such a chip. */
  startsWithChips(column: number): boolean;
}

function repeatedIn(list: readonly RowShown[]): Repeated {
  const rows = new Map<string, number>();
  for (const { cells } of list) {
    const seen = new Set<string>();
    for (const cell of cells) {
      seen.add(cell.join(' '));
      if (cell.length > 1) seen.add(cell[0] as string);
    }
    for (const text of seen) rows.set(text, (rows.get(text) ?? 0) + 1);
  }
  const rowsWith = (text: string) => rows.get(text) ?? 0;
  // A cell where most rows show a chip other rows show too (whole, or before the rest) holds
  // chips there, even one shown once.
  const isSharedChip = (text: string | undefined) => text !== undefined && isChip(text) && rowsWith(text) > 1;
  const mostRows = (shows: (cell: readonly string[] | undefined) => boolean) => {
    const columns = new Set<number>();
    const widest = Math.max(0, ...list.map(({ cells }) => cells.length));
    for (let column = 0; column < widest; column += 1)
      if (list.filter(({ cells }) => shows(cells[column])).length * 2 > list.length) columns.add(column);
    return columns;
  };
  const chips = mostRows((cell) => isSharedChip(cell?.join(' ')));
  const leadingChips = mostRows((cell) => cell !== undefined && cell.length > 1 && isSharedChip(cell[0]));
  return {
    rowsWith,
    rows: list.length,
    holdsChips: (column) => chips.has(column),
    startsWithChips: (column) => leadingChips.has(column),
  };
}

const isRepeated = (text: string, repeated: Repeated) => repeated.rowsWith(text) > 1;

/**
 * The list's furniture besides a title: a short text two rows show (a category, "View"), or a
 * heading every row of three or more shows (a sender: two notifications may share a title).
 */
const isFurniture = (text: string, repeated: Repeated) =>
  isRepeated(text, repeated) &&
  (titleShape(text) < 2 || (repeated.rows >= 3 && repeated.rowsWith(text) === repeated.rows));

/**
 * A notification's title among the cells of its row: the longest that reads as a heading, else
 * the first that reads as a short one or a sentence, without the chips after it ("New", "Non
 * letto") or the preview after it; the list's furniture is passed over while the row has
 * anything else.
 */
function noticeTitleOf(cells: RowShown['cells'], repeated: Repeated): string | null {
  const texts = cells.map((cell) => withoutPreview(withoutChips(cell, repeated)));
  return titleAmong(texts.filter((text) => !isFurniture(text, repeated))) ?? titleAmong(texts);
}

/** Of the texts that read as a heading, the longest (a category above the title is short); else the first short one or sentence. */
function titleAmong(texts: readonly string[]): string | null {
  const headings = texts.filter((text) => titleShape(text) === 2);
  if (headings.length > 0) return headings.reduce((a, b) => (letterCount(b) > letterCount(a) ? b : a));
  return texts.find((text) => titleShape(text) === 1) ?? null;
}

/** A full stop, question or exclamation mark that ends a sentence. */
const SENTENCE_END = /[.。!！?？]$/;

/**
 * A cell's title without the sentences set after it in the same cell: a preview of the message,
 * after a heading, or after a short title it is longer than ("Appeal accepted | Your selling
 * privileges are back.").
 */
function withoutPreview(parts: readonly string[]): string {
  let end = parts.length;
  while (end > 1 && SENTENCE_END.test(parts[end - 1] as string) && titleShape(parts[end - 1] as string) > 0) end -= 1;
  const title = parts.slice(0, end).join(' ');
  const preview = parts.slice(end).join(' ');
  const shape = end < parts.length ? titleShape(title) : 0;
  return shape === 2 || (shape === 1 && letterCount(preview) > letterCount(title)) ? title : parts.join(' ');
}

/**
 * A cell's parts without the chips after it, nor those before it that are a chip in a script
 * without spaces ("未読") or the chip that starts other rows too ("In Ordnung | Verdacht auf …").
 * A title's first words set apart once are kept ("Sua | Classificação …", "إجراء | مطلوب: …").
 */
function withoutChips(cell: readonly string[], repeated: Repeated): string[] {
  const parts = [...cell];
  while (parts.length > 1 && isChip(parts.at(-1) as string)) parts.pop();
  while (
    parts.length > 1 &&
    isChip(parts[0] as string) &&
    (UNSPACED.test(parts[0] as string) || isRepeated(parts[0] as string, repeated))
  )
    parts.shift();
  return parts;
}

/** The longest list of rows read, each read by `read` (null: not a row of that kind). */
function longestRead<T>(lists: ListsShown, read: (row: RowShown, repeated: Repeated) => T | null): T[] {
  let best: T[] = [];
  for (const list of lists) {
    const repeated = repeatedIn(list);
    const rows = list.flatMap((row) => {
      const value = read(row, repeated);
      return value === null ? [] : [value];
    });
    if (rows.length > best.length) best = rows;
  }
  return best;
}

/** Letters of a status chip set before a policy's name in its own cell, in a script without spaces ("良好", "需要关注"). */
const LEADING_CHIP_LETTERS = 4;

/**
 * A name cell's text without a status chip before the name: in a script without spaces, a short
 * part before a longer one; elsewhere, a chip that starts other rows' names too, or one shown
 * once where the other rows' names start with such chips.
 */
function nameOf(parts: readonly string[], column: number, repeated: Repeated): string {
  let first = 0;
  const isLeadingChip = (part: string, next: string) =>
    (UNSPACED.test(part) && letterCount(part) <= LEADING_CHIP_LETTERS && letterCount(next) > letterCount(part)) ||
    (isChip(part) && (isRepeated(part, repeated) || (first === 0 && repeated.startsWithChips(column))));
  while (first < parts.length - 1 && isLeadingChip(parts[first] as string, parts[first + 1] as string)) first += 1;
  return parts.slice(first).join(' ');
}

/**
 * A policy's name: the first cell with words and no number (a status chip or a link may follow),
 * passing over a chip the list's other rows show too ("Inga problem | Misstänkta intrång …"), or
 * one shown once where the other rows show such chips ("Åtgärd krävs").
 */
function policyOf({ anchor, cells }: RowShown, repeated: Repeated): PolicyRow | null {
  const names = cells
    .map((cell, column) => ({ text: nameOf(cell, column, repeated), column }))
    .filter(({ text }) => letterCount(text) >= 3 && !/\d/.test(text));
  const isStatus = ({ text, column }: { text: string; column: number }) =>
    isChip(text) && (isRepeated(text, repeated) || repeated.holdsChips(column));
  const name = (names.find((candidate) => !isStatus(candidate)) ?? names[0])?.text;
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
  return longestRead(lists, (row, repeated) => {
    const title = noticeTitleOf(row.cells, repeated);
    return title ? { title, shown: row.anchor } : null;
  });
}
