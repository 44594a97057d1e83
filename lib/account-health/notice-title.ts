/**
 * A notification's title among the cells of its row (page-rows.dom.ts sends them), chosen in the
 * worker so that no Seller Central page carries these rules: the first cell that reads as a
 * heading, else the first that reads as a short one or a sentence, without the chips beside it
 * after it ("New", "Non letto").
 */
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;
const words = (text: string) => text.split(/[^\p{L}\d]+/u).filter(Boolean).length;
/** Scripts written without spaces: four letters are a title's words. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Thai}]/u;
const TITLE_MIN_LETTERS = 4;

/**
 * How much a text reads as a title: 2 for a heading's words (three words, fifteen letters, or
 * four letters of a script written without spaces), 1 for two short words ("Non lu" is a chip as
 * often as a title) or a whole sentence (a preview ends with its full stop), 0 for a chip or a
 * link ("New", "View").
 */
function titleShape(text: string): number {
  const count = letters(text);
  if (count < TITLE_MIN_LETTERS) return 0;
  if (words(text) >= 3 || count >= 15 || UNSPACED.test(text)) return /[.。!！]$/.test(text) ? 1 : 2;
  return words(text) === 2 ? 1 : 0;
}

/**
 * A part that can be a chip: two short words at most (in a script without spaces, three letters:
 * "未読", "新着"), not the start of a title ("Policy warning:").
 */
const isChip = (part: string) =>
  (UNSPACED.test(part) ? letters(part) <= 3 : words(part) <= 2 && letters(part) <= 12) && !/[:：]$/.test(part);

export function noticeTitleOf(cells: readonly (readonly string[])[]): string | null {
  const joined = cells.map((parts) => parts.join(' '));
  const best = [2, 1].map((shape) => joined.findIndex((text) => titleShape(text) === shape)).find((at) => at >= 0);
  if (best === undefined) return null;
  const parts = [...(cells[best] ?? [])];
  // A chip after the title. One before it is left: a title's first words are set apart as often
  // ("Sua | Classificação …", "إجراء | مطلوب: …").
  while (parts.length > 1 && isChip(parts.at(-1) as string)) parts.pop();
  return parts.join(' ');
}
