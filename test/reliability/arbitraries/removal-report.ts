/**
 * Well-formed Removal Order Detail reports with their expected reading: orders with lines,
 * quantities and fees in the formats sellers' files carry, columns in any order and spelling,
 * optional columns left out, exact repeats and later updates of lines, blank lines and known
 * garbage rows, in TSV/CSV/semicolon files of several encodings.
 */
import fc from 'fast-check';
import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { QUANTITY_KINDS, type RemovalReportOrder } from '@/lib/removal/report-orders';
import {
  type GarbageReason,
  type OPTIONAL_REPORT_COLUMNS,
  QUANTITY_COLUMNS,
  type QuantityKind,
  REPORT_COLUMNS,
} from '@/lib/removal/report-parser';
import type { NormalizedStatus } from '@/lib/removal/vocabulary';

type Column = (typeof REPORT_COLUMNS)[number] | (typeof OPTIONAL_REPORT_COLUMNS)[number];
export type Delimiter = '\t' | ',' | ';';
export type Encoding = 'string' | 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const STATUS_NAMES = REMOVAL_VOCABULARIES.flatMap((vocabulary) =>
  Object.entries(vocabulary.statuses).map(([name, status]) => ({ name, status })),
);
const AMAZON_MARKERS = REMOVAL_VOCABULARIES.flatMap((vocabulary) => vocabulary.amazonInitiated);

interface LineVersion {
  readonly units: readonly number[];
  /** Fee in cents, and how the cell writes it. */
  readonly feeCents: number;
  readonly feeText: string;
  readonly unitTexts: readonly string[];
  readonly currency: string;
  /** 0 for the first version of a line, 1 for a later update (one day later). */
  readonly version: 0 | 1;
}

interface GeneratedLine {
  readonly sku: string;
  readonly fnsku: string;
  readonly disposition: string;
  readonly versions: readonly LineVersion[];
  /** How many exact copies of the last version follow it. */
  readonly repeats: number;
}

interface GeneratedOrder {
  readonly id: string;
  readonly statusName: string;
  readonly status: NormalizedStatus;
  readonly amazon: boolean;
  readonly orderType: string;
  readonly orderSource: string;
  readonly lines: readonly GeneratedLine[];
}

/** What the parser must report for a generated order: its own order type, with a status always known. */
export type ExpectedOrder = Pick<
  RemovalReportOrder,
  'orderId' | 'amazonInitiated' | 'lines' | 'skus' | 'units' | 'fees' | 'currency' | 'mixedCurrencies'
> & { readonly status: NormalizedStatus };

export interface GeneratedReport {
  readonly text: string;
  readonly delimiter: Delimiter;
  readonly encoding: Encoding;
  readonly expected: {
    readonly orders: readonly ExpectedOrder[];
    readonly rows: number;
    readonly duplicateLines: number;
    readonly garbage: readonly { readonly line: number; readonly reason: GarbageReason }[];
    readonly absentColumns: readonly string[];
  };
}

const CORE_COLUMNS: readonly Column[] = ['order-id', 'order-status'];
const DROPPABLE: readonly Column[] = REPORT_COLUMNS.filter((c) => !CORE_COLUMNS.includes(c));

/** "order-id" as Amazon, Excel or a seller writes it. */
function spell(column: Column, style: number): string {
  switch (style % 4) {
    case 0:
      return column;
    case 1:
      return column.replaceAll('-', '_');
    case 2:
      return column
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ');
    default:
      return column.toUpperCase();
  }
}

function groupThousands(value: number, mark: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

const quantity = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 250_000 }));
const quantityText = (value: number) =>
  fc.constantFrom('plain', 'grouped-comma', 'grouped-dot', 'grouped-apostrophe', 'padded', 'empty').map((style) => {
    if (style === 'empty' && value === 0) return '';
    if (style === 'padded') return ` ${value} `;
    if (value >= 1000 && style === 'grouped-comma') return groupThousands(value, ',');
    if (value >= 1000 && style === 'grouped-dot') return groupThousands(value, '.');
    if (value >= 1000 && style === 'grouped-apostrophe') return groupThousands(value, "'");
    return String(value);
  });

const feeCents = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 10_000_000 }));
const feeText = (cents: number) =>
  fc.constantFrom('dot', 'comma', 'grouped-dot', 'grouped-comma', 'short', 'empty').map((style) => {
    const whole = Math.floor(cents / 100);
    const fraction = String(cents % 100).padStart(2, '0');
    if (style === 'empty' && cents === 0) return '';
    if (style === 'short' && cents % 100 === 0) return String(whole);
    if (style === 'comma') return `${whole},${fraction}`;
    if (style === 'grouped-dot') return `${groupThousands(whole, ',')}.${fraction}`;
    if (style === 'grouped-comma') return `${groupThousands(whole, '.')},${fraction}`;
    return `${whole}.${fraction}`;
  });

const lineVersion = (currency: string, version: 0 | 1): fc.Arbitrary<LineVersion> =>
  fc
    .record({
      units: fc.array(quantity, { minLength: 5, maxLength: 5 }),
      feeCents,
      mixed: fc.boolean(),
      odd: fc.nat(9),
    })
    .chain(({ units, feeCents: cents, mixed, odd }) =>
      fc.tuple(fc.tuple(...units.map(quantityText)), feeText(cents)).map(([unitTexts, fee]) => ({
        units,
        unitTexts,
        feeCents: cents,
        feeText: fee,
        // Now and then one line of an order is in another currency.
        currency: mixed && odd === 0 ? 'EUR' : currency,
        version,
      })),
    );

/** SKU text sellers choose: spaces, commas, semicolons, quotes and non-Latin letters included. */
const skuText = fc.string({
  unit: fc.constantFrom(...'ABCXYZabc0123456789-_./ ,;"\'åäöé商品#', '\u00a0', '\n'),
  maxLength: 12,
});

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Built from characters, not fc.stringMatching: a regex arbitrary made inside chain() costs milliseconds per value. */
const fnskuText = fc
  .string({ unit: fc.constantFrom(...UPPER_ALNUM), minLength: 7, maxLength: 7 })
  .map((s) => `X00${s}`);

const generatedLine = (orderIndex: number, lineIndex: number, currency: string, withUpdate: boolean) =>
  fc
    .record({
      sku: skuText,
      fnsku: fnskuText,
      disposition: fc.constantFrom('Sellable', 'Unsellable', 'Defective'),
      first: lineVersion(currency, 0),
      update: withUpdate ? fc.option(lineVersion(currency, 1), { nil: undefined }) : fc.constant(undefined),
      repeats: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) },
      ),
    })
    .map(
      ({ sku, fnsku, disposition, first, update, repeats }): GeneratedLine => ({
        // The prefix keeps lines distinct; trimmed because the parser trims cells.
        sku: `S${orderIndex}-${lineIndex}${sku}`.trim(),
        fnsku: `${fnsku}${orderIndex}${lineIndex}`,
        disposition,
        versions: update ? [first, update] : [first],
        repeats,
      }),
    );

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const orderId = fc
  .tuple(fc.constantFrom(...ALNUM), fc.string({ unit: fc.constantFrom(...ALNUM, '_', '-'), maxLength: 19 }))
  .map(([first, rest]) => first + rest);

const generatedOrders: fc.Arbitrary<GeneratedOrder[]> = fc
  .uniqueArray(orderId, { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id, orderIndex) =>
        fc
          .record({
            status: fc.constantFrom(...STATUS_NAMES),
            amazon: fc.boolean(),
            marker: fc.constantFrom(...AMAZON_MARKERS),
            orderType: fc.constantFrom('Return', 'Disposal', 'Liquidation'),
            currency: fc.constantFrom('USD', 'SEK', 'JPY', 'GBP'),
            count: fc.integer({ min: 1, max: 4 }),
            withUpdate: fc.boolean(),
          })
          .chain(({ status, amazon, marker, orderType, currency, count, withUpdate }) =>
            fc
              .tuple(
                ...Array.from({ length: count }, (_, lineIndex) =>
                  generatedLine(orderIndex, lineIndex, currency, withUpdate),
                ),
              )
              .map(
                (lines): GeneratedOrder => ({
                  id,
                  statusName: status.name,
                  status: status.status,
                  amazon,
                  orderType,
                  orderSource: amazon ? marker : 'Seller-initiated Manual Removal',
                  lines,
                }),
              ),
          ),
      ),
    ),
  );

interface Row {
  readonly cells: Readonly<Partial<Record<Column, string>>>;
  readonly order: GeneratedOrder;
  readonly line: GeneratedLine;
  readonly version: LineVersion;
}

function rowCells(order: GeneratedOrder, line: GeneratedLine, version: LineVersion): Partial<Record<Column, string>> {
  const updated = version.version === 1 ? '2025-11-04T09:30:00+00:00' : '2025-11-03T09:30:00+00:00';
  const cells: Partial<Record<Column, string>> = {
    'request-date': '2025-10-28T08:15:00+00:00',
    'order-id': order.id,
    'order-type': order.orderType,
    'service-speed': 'Standard',
    'order-status': order.statusName,
    'last-updated-date': updated,
    sku: line.sku,
    fnsku: line.fnsku,
    disposition: line.disposition,
    'removal-fee': version.feeText,
    currency: version.currency,
    'order-source': order.orderSource,
  };
  QUANTITY_KINDS.forEach((kind, i) => {
    cells[QUANTITY_COLUMNS[kind]] = version.unitTexts[i] ?? '0';
  });
  return cells;
}

function quoteIfNeeded(value: string, delimiter: Delimiter, always: boolean): string {
  const needs = always || value.includes(delimiter) || /["\r\n]/.test(value);
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

type Garbage = { readonly reason: GarbageReason; readonly at: number; readonly junk: string };

const garbageRow = fc.record({
  reason: fc.constantFrom<GarbageReason>('field-count', 'no-order-id', 'bad-number'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  junk: fc
    .tuple(fc.constantFrom(...'abcxyzABC'), fc.string({ unit: fc.constantFrom(...'abcxyzABC '), maxLength: 15 }))
    .map(([first, rest]) => first + rest),
});

export const generatedReport: fc.Arbitrary<GeneratedReport> = fc
  .record({
    orders: generatedOrders,
    dropped: fc.subarray([...DROPPABLE]),
    withSource: fc.boolean(),
    spelling: fc.nat(3),
    shuffleSeed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
    delimiter: fc.constantFrom<Delimiter>('\t', ',', ';'),
    newline: fc.constantFrom('\n', '\r\n'),
    quoteAll: fc.boolean(),
    blankLines: fc.array(
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom('', '  ') }),
      {
        maxLength: 3,
      },
    ),
    garbage: fc.array(garbageRow, { maxLength: 4 }),
    trailingNewline: fc.boolean(),
    encoding: fc.constantFrom<Encoding>('string', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
  })
  .map(
    ({
      orders,
      dropped: droppedRaw,
      withSource,
      spelling,
      shuffleSeed,
      delimiter,
      newline,
      quoteAll,
      blankLines,
      garbage,
      trailingNewline,
      encoding,
    }) => {
      // Lines stay distinct only while sku or fnsku is in the file.
      const dropped =
        droppedRaw.includes('sku') && droppedRaw.includes('fnsku')
          ? droppedRaw.filter((c) => c !== 'fnsku')
          : droppedRaw;
      const present: Column[] = [
        ...REPORT_COLUMNS.filter((c) => !dropped.includes(c)),
        ...(withSource ? (['order-source'] as const) : []),
      ];
      // Any column order: sort by a generated key per column.
      const columns = present
        .map((column, i) => ({ column, key: shuffleSeed[i % shuffleSeed.length] ?? 0 }))
        .sort((a, b) => a.key - b.key)
        .map((c) => c.column);
      const has = (c: Column) => columns.includes(c);

      // Every version and repeat of every line, interleaved across orders but keeping each line's versions in order.
      const queues = orders.flatMap((order) =>
        order.lines.map((line) => {
          const rows: Row[] = line.versions.map((version) => ({
            cells: rowCells(order, line, version),
            order,
            line,
            version,
          }));
          const last = rows[rows.length - 1] as Row;
          for (let r = 0; r < line.repeats; r++) rows.push(last);
          return rows;
        }),
      );
      const rows: Row[] = [];
      let pick = 0;
      while (queues.some((q) => q.length > 0)) {
        const open = queues.filter((q) => q.length > 0);
        const queue = open[Math.floor((shuffleSeed[pick++ % shuffleSeed.length] ?? 0) * open.length) % open.length];
        rows.push(queue?.shift() as Row);
      }

      const render = (cells: Partial<Record<Column, string>>) =>
        columns.map((c) => quoteIfNeeded(cells[c] ?? '', delimiter, quoteAll)).join(delimiter);

      // Physical lines: the header, data rows, garbage rows and blank lines in file order.
      type Physical = { text: string; kind: 'data' | 'blank' | Garbage['reason']; row?: Row };
      const lines: Physical[] = rows.map((row) => ({ text: render(row.cells), kind: 'data', row }));
      for (const g of garbage) {
        const template = rows[0]?.cells ?? {};
        let text: string | null = null;
        if (g.reason === 'field-count') text = g.junk;
        if (g.reason === 'no-order-id') text = render({ ...template, 'order-id': '' });
        const quantityColumn = QUANTITY_KINDS.map((k) => QUANTITY_COLUMNS[k]).find(has);
        if (g.reason === 'bad-number' && quantityColumn) text = render({ ...template, [quantityColumn]: g.junk });
        if (text !== null) lines.splice(Math.floor(g.at * (lines.length + 1)), 0, { text, kind: g.reason });
      }
      for (const blank of blankLines) {
        lines.splice(Math.floor(blank.at * (lines.length + 1)), 0, { text: blank.text, kind: 'blank' });
      }
      const header = columns.map((c) => spell(c, spelling)).join(delimiter);
      const text = [header, ...lines.map((l) => l.text)].join(newline) + (trailingNewline ? newline : '');

      // Expected reading.
      let lineNumber = 2;
      const expectedGarbage: { line: number; reason: GarbageReason }[] = [];
      const dataRows: Row[] = [];
      for (const line of lines) {
        if (line.kind === 'data' && line.row) dataRows.push(line.row);
        else if (line.kind !== 'data' && line.kind !== 'blank')
          expectedGarbage.push({ line: lineNumber, reason: line.kind });
        lineNumber += 1 + (line.text.match(/\r\n|\n|\r/g)?.length ?? 0);
      }
      const expectedOrders = expectOrders(dataRows, has);
      const distinctLines = orders.reduce((sum, o) => sum + o.lines.length, 0);
      return {
        text,
        delimiter,
        encoding: encoding === 'windows-1252' && !windows1252Safe(text) ? 'utf-8' : encoding,
        expected: {
          orders: expectedOrders,
          rows: dataRows.length + expectedGarbage.length,
          duplicateLines: dataRows.length - distinctLines,
          garbage: expectedGarbage,
          absentColumns: REPORT_COLUMNS.filter((c) => !has(c)),
        },
      } satisfies GeneratedReport;
    },
  );

/**
 * Text a Windows-1252 file can carry unambiguously: Latin-1 letters only (no C1 range), and either
 * plain ASCII or bytes that are not valid UTF-8 (else the parser rightly reads them as UTF-8).
 */
function windows1252Safe(text: string): boolean {
  const points = [...text].map((ch) => ch.codePointAt(0) ?? 0);
  if (points.some((point) => point > 0xff || (point >= 0x80 && point < 0xa0))) return false;
  if (points.every((point) => point < 0x80)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
    return false;
  } catch {
    return true;
  }
}

/** The reading the parser must give: first-seen order, a later update replacing its line, totals over lines. */
function expectOrders(dataRows: readonly Row[], has: (c: Column) => boolean): ExpectedOrder[] {
  const byOrder = new Map<
    string,
    { order: GeneratedOrder; lines: Map<string, { version: LineVersion; sku: string }> }
  >();
  for (const row of dataRows) {
    const entry = byOrder.get(row.order.id) ?? { order: row.order, lines: new Map() };
    byOrder.set(row.order.id, entry);
    const key = `${has('sku') ? row.line.sku : ''}|${has('fnsku') ? row.line.fnsku : ''}|${has('disposition') ? row.line.disposition : ''}`;
    const seen = entry.lines.get(key);
    // With a last-updated column the later date wins; without one, the later row does.
    if (!seen || !has('last-updated-date') || row.version.version >= seen.version.version) {
      entry.lines.set(key, { version: row.version, sku: row.line.sku });
    }
  }
  return [...byOrder.values()].map(({ order, lines }) => {
    const versions = [...lines.values()];
    const units = {} as Record<QuantityKind, number | null>;
    QUANTITY_KINDS.forEach((kind, i) => {
      units[kind] = has(QUANTITY_COLUMNS[kind])
        ? versions.reduce((sum, l) => sum + (l.version.units[i] ?? 0), 0)
        : null;
    });
    const cents = versions.reduce((sum, l) => sum + l.version.feeCents, 0);
    const currencies = has('currency') ? [...new Set(versions.map((l) => l.version.currency))] : [];
    const amazonVisible = order.amazon && has('order-source');
    return {
      orderId: order.id,
      status: order.status,
      amazonInitiated: amazonVisible,
      lines: lines.size,
      skus: has('sku') ? [...new Set(versions.map((l) => l.sku))].filter((s) => s !== '') : [],
      units,
      fees: has('removal-fee') ? cents / 100 : null,
      currency: currencies[0] ?? null,
      mixedCurrencies: currencies.length > 1,
    };
  });
}

/** The file as a seller's browser hands it over: a string, or bytes in one of the encodings Excel and Amazon use. */
export function encode(text: string, encoding: Encoding): string | Uint8Array<ArrayBuffer> {
  switch (encoding) {
    case 'string':
      return text;
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf-16le':
      return Uint8Array.from(Buffer.from(`\ufeff${text}`, 'utf16le'));
    case 'utf-16be': {
      const bytes = Uint8Array.from(Buffer.from(`\ufeff${text}`, 'utf16le'));
      for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1] ?? 0, bytes[i] ?? 0];
      return bytes;
    }
    case 'windows-1252':
      return Uint8Array.from(Buffer.from(text, 'latin1'));
  }
}
