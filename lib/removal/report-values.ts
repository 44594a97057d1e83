/** Cell values of the Removal Order Detail report: quantities, fees and dates as sellers' files carry them. */

const SPACES = /[\s\u00a0\u202f]/g;
const INTEGER = /^\d+$/;
const GROUPED_INTEGER = /^\d{1,3}(?:[,.']\d{3})+$/;

/**
 * A non-negative whole number; an empty cell is 0 (Amazon leaves some blank); null when it is not
 * a number, or too large to count exactly (no report holds 2^53 units: that cell is damage).
 */
export function parseQuantity(text: string): number | null {
  if (INTEGER.test(text)) return exact(Number(text)); // the common case, without allocating
  const value = text.replace(SPACES, '');
  if (value === '') return 0;
  if (INTEGER.test(value)) return exact(Number(value));
  if (GROUPED_INTEGER.test(value)) return exact(Number(value.replace(/[,.']/g, '')));
  return null;
}

const exact = (value: number): number | null => (Number.isSafeInteger(value) ? value : null);

const AMOUNT = /^-?\d[\d.,']*$/;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d{1,2})?$/;

/**
 * A money amount with either decimal separator: "1.50", "1,50", "1,234.56", "1.234,56".
 * With both "." and "," the last one is the decimal point; a lone separator followed by
 * exactly three digits, or one that repeats, groups thousands ("1,500" = 1500: fees are
 * quoted with two decimals or none). Empty is 0; null when it is not an amount.
 */
export function parseAmount(text: string): number | null {
  if (PLAIN_DECIMAL.test(text)) return Number(text); // "6.36": Amazon's own form, taken as is
  const value = text.replace(SPACES, '');
  if (value === '') return 0;
  if (!AMOUNT.test(value)) return null;
  const dots = value.split('.').length - 1;
  const commas = value.split(',').length - 1;
  let decimalMark: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) decimalMark = value.lastIndexOf('.') > value.lastIndexOf(',') ? '.' : ',';
  else if (dots === 1 || commas === 1) {
    const mark = dots === 1 ? '.' : ',';
    if (value.length - value.lastIndexOf(mark) - 1 !== 3) decimalMark = mark;
  }
  const [whole = '', fraction = ''] = decimalMark ? splitAtLast(value, decimalMark) : [value, ''];
  if (!/^-?\d{1,3}(?:[.,']?\d{3})*$|^-?\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  const number = Number(`${whole.replace(/[.,']/g, '')}.${fraction || '0'}`);
  return Number.isFinite(number) ? number : null;
}

function splitAtLast(value: string, mark: string): [string, string] {
  const index = value.lastIndexOf(mark);
  return [value.slice(0, index), value.slice(index + 1)];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}| ?[A-Z]{2,4})?)?$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Epoch milliseconds for the report's dates (ISO 8601 with or without time and offset, or
 * dd.mm.yyyy). Slash dates are refused: 03/04/2024 reads differently by country.
 */
export function parseReportDate(text: string): number | null {
  const value = text.trim();
  if (ISO_DATE.test(value)) {
    const normalized = value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const time = Date.parse(/[A-Z]{2,4}$/.test(normalized) ? normalized.replace(/ ?[A-Z]{2,4}$/, '') : normalized);
    return Number.isNaN(time) ? null : time;
  }
  const dotted = DOTTED_DATE.exec(value);
  if (dotted) {
    const [, day, month, year] = dotted;
    const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
    const check = new Date(time);
    return check.getUTCDate() === Number(day) && check.getUTCMonth() === Number(month) - 1 ? time : null;
  }
  return null;
}
