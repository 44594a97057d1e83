/**
 * The Removal Order Detail report parser under generated files: arbitrary bytes and strings
 * (never throws, always a well-formed answer), and generated well-formed reports whose orders and
 * totals must all come back exactly, whatever the delimiter, encoding, column order, spelling,
 * quoting, repeats, blank lines and garbage rows.
 */
// Node's Blob: the test environment's own Blob is far slower and is not what the parser gets in a browser anyway.
import { Blob as NodeBlob } from 'node:buffer';
import fc from 'fast-check';
import { CANCEL_ELIGIBILITIES } from '@/lib/removal/eligibility';
import { QUANTITY_KINDS } from '@/lib/removal/report-orders';
import { parseRemovalReport, REPORT_COLUMNS, type ReportResult } from '@/lib/removal/report-parser';
import { EXPECTED_ELIGIBILITY } from '../support/cancel-eligibility-contract';
import { encode, generatedReport, STATUS_NAMES } from './arbitraries/removal-report';
import { hostileString } from './arbitraries/text';
import { checkProperty } from './support/property';

const SUBJECT = 'removal-report';

const ERROR_KINDS = ['wrong-type', 'missing-columns', 'too-large', 'empty', 'unreadable'];

function asInput(data: string | Uint8Array<ArrayBuffer>): string | Blob {
  return typeof data === 'string' ? data : (new NodeBlob([data]) as unknown as Blob);
}

/** What every answer must look like, whatever the input was. */
function expectWellFormed(result: ReportResult): void {
  if (!result.ok) {
    expect(ERROR_KINDS).toContain(result.error.kind);
    return;
  }
  expect(result.rows).toBeGreaterThanOrEqual(result.garbage.count);
  expect(result.garbage.listed.length).toBe(Math.min(result.garbage.count, 50));
  expect(result.duplicateLines).toBeGreaterThanOrEqual(0);
  const lines = result.orders.reduce((sum, order) => sum + order.lines, 0);
  expect(lines + result.duplicateLines + result.garbage.count).toBe(result.rows);
  for (const order of result.orders) {
    expect(order.orderId.length).toBeGreaterThan(0);
    expect(order.orderId.length).toBeLessThanOrEqual(100);
    expect(CANCEL_ELIGIBILITIES).toContain(order.eligibility);
    for (const kind of QUANTITY_KINDS) {
      const units = order.units[kind];
      if (units !== null) expect(Number.isSafeInteger(units) && units >= 0).toBe(true);
    }
    if (order.fees !== null) expect(Number.isFinite(order.fees)).toBe(true);
  }
}

/** Bytes that start like real files: a report header, an image, a PDF, a spreadsheet, a web page, UTF-16. */
const HEADER = REPORT_COLUMNS.join('\t');
const prefixes = fc.constantFrom(
  new Uint8Array([]),
  new TextEncoder().encode(`${HEADER}\n`),
  new TextEncoder().encode('order-id,order-status\n'),
  new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  new Uint8Array([0x25, 0x50, 0x44, 0x46]),
  new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
  new Uint8Array([0xff, 0xfe]),
  new Uint8Array([0xfe, 0xff]),
  new Uint8Array([0xef, 0xbb, 0xbf]),
  new TextEncoder().encode('<!doctype html>'),
);

/** Cells full of what breaks delimited parsers: quotes, delimiters, line breaks, BOMs, NULs, numbers. */
const nastyCell = fc.oneof(
  fc.string({
    unit: fc.constantFrom('"', '\t', ',', ';', '\n', '\r', ' ', 'a', '1', '.', '\ufeff', '\u0000', '-'),
    maxLength: 8,
  }),
  hostileString(12),
  fc.constantFrom('', '0', '1,234', '1.234,56', '-1', '1e9', 'NaN', 'Infinity', '99999999999999999999'),
);
const headerThenJunk = fc
  .record({
    delimiter: fc.constantFrom('\t', ',', ';'),
    columns: fc.shuffledSubarray([...REPORT_COLUMNS, 'order-source', 'unknown'], { minLength: 1 }),
    rows: fc.array(fc.array(nastyCell, { maxLength: 20 }), { maxLength: 12 }),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ delimiter, columns, rows, newline }) =>
    [columns.join(delimiter), ...rows.map((cells) => cells.join(delimiter))].join(newline),
  );

describe('removal report parser (generated)', () => {
  it('never throws on arbitrary bytes, and always answers in shape', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'arbitrary bytes (alone or after a report header, image, PDF, zip, BOM or HTML prefix) never make the parser throw; the answer is a known error or a consistent reading',
      },
      fc.asyncProperty(prefixes, fc.uint8Array({ maxLength: 600 }), async (prefix, rest) => {
        const bytes = new Uint8Array(prefix.length + rest.length);
        bytes.set(prefix);
        bytes.set(rest, prefix.length);
        expectWellFormed(await parseRemovalReport(asInput(bytes)));
      }),
    );
  });

  it('never throws on arbitrary text, and always answers in shape', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'arbitrary strings and a real header followed by hostile cells (quotes, delimiters, line breaks, NUL, BOM, odd numbers) never throw; rows = lines + repeats + garbage',
      },
      fc.asyncProperty(fc.oneof(hostileString(400), headerThenJunk), fc.boolean(), async (text, asBlob) => {
        expectWellFormed(await parseRemovalReport(asBlob ? asInput(new TextEncoder().encode(text)) : text));
      }),
    );
  });

  it('finds every order of a well-formed report and preserves every total', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'a generated well-formed report (TSV/CSV/semicolon; UTF-8, BOM, UTF-16 LE/BE, Windows-1252; any column order and spelling; missing optional columns; quoting; repeats, later updates, blank lines, garbage rows) gives exactly its orders, statuses, eligibilities, units, fees, currencies, row, repeat and garbage counts',
      },
      fc.asyncProperty(generatedReport, async (report) => {
        const result = await parseRemovalReport(asInput(encode(report.text, report.encoding)));
        const context = JSON.stringify({ encoding: report.encoding, text: report.text });
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}\n${context}`);
        expectWellFormed(result);
        const { expected } = report;
        expect(result.delimiter, context).toBe(report.delimiter);
        expect(result.rows, context).toBe(expected.rows);
        expect(result.duplicateLines, context).toBe(expected.duplicateLines);
        expect(result.garbage.count, context).toBe(expected.garbage.length);
        expect(result.garbage.listed, context).toEqual(expected.garbage);
        expect(result.absentColumns, context).toEqual(expected.absentColumns);
        expect(
          result.orders.map((o) => o.orderId),
          context,
        ).toEqual(expected.orders.map((o) => o.orderId));
        result.orders.forEach((order, i) => {
          const want = expected.orders[i];
          if (!want) throw new Error(`unexpected order ${order.orderId}`);
          expect(
            {
              status: order.status,
              eligibility: order.eligibility,
              amazonInitiated: order.amazonInitiated,
              lines: order.lines,
              skus: order.skus,
              units: order.units,
              fees: order.fees,
              currency: order.currency,
              mixedCurrencies: order.mixedCurrencies,
            },
            context,
          ).toEqual({
            status: want.status,
            eligibility: want.amazonInitiated ? 'not-cancellable' : EXPECTED_ELIGIBILITY[want.status],
            amazonInitiated: want.amazonInitiated,
            lines: want.lines,
            skus: want.skus,
            units: want.units,
            fees: want.fees,
            currency: want.currency,
            mixedCurrencies: want.mixedCurrencies,
          });
        });
      }),
    );
  });

  it('reads a Windows-1252 file as Windows-1252 wherever its first accented letter sits', async () => {
    // Status words with letters outside ASCII that Windows-1252 encodes in one byte.
    const accented = STATUS_NAMES.filter(
      ({ name }) => /[^\x20-\x7e]/.test(name) && /^[\u00a0-\u00ff\x20-\x7e]+$/.test(name),
    );
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'a Windows-1252 report is read as Windows-1252 wherever its first accented letter sits: on the last byte of the file, after a long plain-ASCII start (past the 64 KB sample), with or without a final line break',
      },
      fc.asyncProperty(
        fc.constantFrom(...accented),
        fc.oneof({ weight: 4, arbitrary: fc.nat(20) }, { weight: 1, arbitrary: fc.integer({ min: 1800, max: 3200 }) }),
        fc.boolean(),
        async (status, asciiRows, finalBreak) => {
          const rows = Array.from({ length: asciiRows }, (_, i) => `RMV${i}\tCompleted`);
          const text =
            ['order-id\torder-status', ...rows, `LAST\t${status.name}`].join('\n') + (finalBreak ? '\n' : '');
          const result = await parseRemovalReport(asInput(encode(text, 'windows-1252')));
          if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
          const last = result.orders[result.orders.length - 1];
          expect(
            { id: last?.orderId, text: last?.statusText, status: last?.status },
            JSON.stringify({ bytes: text.length, status: status.name, finalBreak }),
          ).toEqual({ id: 'LAST', text: status.name, status: status.status });
        },
      ),
    );
  });
});
