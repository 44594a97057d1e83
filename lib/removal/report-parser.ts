/**
 * The Removal Order Detail report as sellers download it (tab-separated from Seller Central,
 * or re-saved as CSV), read into one row per removal order.
 *
 * Streams: a File/Blob is read in slices and decoded incrementally (multi-byte characters
 * split across slices stay whole), and papaparse parses each piece as it arrives, so a 20 MB
 * file never sits in memory as one string. Only the per-order totals are kept.
 */
import Papa from 'papaparse';
import {
  createOrderTotals,
  QUANTITY_KINDS,
  type QuantityKind,
  type RemovalReportOrder,
  type ReportLine,
} from './report-orders';
import {
  type Delimiter,
  delimiterOf,
  encodingOf,
  looksLikeMarkup,
  sniffBinary,
  type TextEncodingName,
  type WrongFileKind,
} from './report-sniff';
import { parseAmount, parseQuantity, parseReportDate } from './report-values';

/** Amazon's documented columns for GET_FBA_FULFILLMENT_REMOVAL_ORDER_DETAIL_DATA. */
export const REPORT_COLUMNS = [
  'request-date',
  'order-id',
  'order-type',
  'service-speed',
  'order-status',
  'last-updated-date',
  'sku',
  'fnsku',
  'disposition',
  'requested-quantity',
  'cancelled-quantity',
  'disposed-quantity',
  'shipped-quantity',
  'in-process-quantity',
  'removal-fee',
  'currency',
] as const;
/** Present in some downloads only; it tells seller-initiated from Amazon-initiated removals. */
export const OPTIONAL_REPORT_COLUMNS = ['order-source'] as const;
/** Without these nothing can be said about any order; the rest degrade to "not in this file". */
export const REQUIRED_REPORT_COLUMNS = ['order-id', 'order-status'] as const;

type ReportColumn = (typeof REPORT_COLUMNS)[number] | (typeof OPTIONAL_REPORT_COLUMNS)[number];
const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([...REPORT_COLUMNS, ...OPTIONAL_REPORT_COLUMNS]);

export const QUANTITY_COLUMNS = {
  requested: 'requested-quantity',
  cancelled: 'cancelled-quantity',
  disposed: 'disposed-quantity',
  shipped: 'shipped-quantity',
  inProcess: 'in-process-quantity',
} as const satisfies Record<QuantityKind, ReportColumn>;

/** Above this a file is refused: no Removal Order Detail report comes near it. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Read and parse in pieces this big: smaller pieces keep fewer rows alive at once (less heap). */
export const REPORT_SLICE_BYTES = 256 * 1024;
const SNIFF_BYTES = 64 * 1024;
/** Garbage rows listed by line; the rest are only counted. */
const MAX_GARBAGE_LISTED = 50;

export type { QuantityKind, RemovalReportOrder };

export type GarbageReason = 'field-count' | 'no-order-id' | 'bad-number' | 'broken-quotes';

export interface GarbageRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  readonly line: number;
  readonly reason: GarbageReason;
}

export type ReportError =
  | { readonly kind: 'wrong-type'; readonly detected: WrongFileKind | 'not-a-report' }
  | { readonly kind: 'missing-columns'; readonly columns: readonly string[] }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unreadable'; readonly message: string };

export interface ReportSuccess {
  readonly ok: true;
  readonly orders: readonly RemovalReportOrder[];
  /** Data rows read (garbage included, blank lines not). */
  readonly rows: number;
  readonly garbage: { readonly count: number; readonly listed: readonly GarbageRow[] };
  /** Lines that repeated an order line already read (overlapping downloads); the latest update won. */
  readonly duplicateLines: number;
  /** Standard columns this file lacks: their figures show as unknown, not zero. */
  readonly absentColumns: readonly string[];
  readonly delimiter: Delimiter;
}

export type ReportResult = ReportSuccess | { readonly ok: false; readonly error: ReportError };

/** How far a read has got: the popup shows it as a bar with the rows read so far. */
export interface ReportProgress {
  /** Data rows read so far (as counted in the result). */
  readonly rows: number;
  /** Bytes of the file read so far (characters when the report was given as text). */
  readonly read: number;
  readonly total: number;
}

export interface ReportOptions {
  readonly maxBytes?: number;
  /** Called after each slice of the file is parsed (every REPORT_SLICE_BYTES). */
  readonly onProgress?: (progress: ReportProgress) => void;
}

/** English, for logs and tests; the UI words each error through its own message keys. */
export function describeReportError(error: ReportError): string {
  switch (error.kind) {
    case 'wrong-type':
      return error.detected === 'not-a-report'
        ? 'This file is not a Removal Order Detail report (none of its columns were found).'
        : `This file is not a text report (it looks like ${error.detected}).`;
    case 'missing-columns':
      return `The report is missing these columns: ${error.columns.join(', ')}.`;
    case 'too-large': {
      const megabytes = (bytes: number) => Math.round(bytes / 1048576);
      return `The file is ${megabytes(error.bytes)} MB; files up to ${megabytes(error.limit)} MB can be read.`;
    }
    case 'empty':
      return 'The file is empty.';
    case 'unreadable':
      return `The file could not be read: ${error.message}`;
  }
}

/** Header names as written by Amazon, Excel or a seller: "Order ID", "order_id" and "order-id" are one column. */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** A file taken for UTF-8 from its first bytes turned out not to be, further on. */
class NotUtf8 extends Error {}

export async function parseRemovalReport(input: string | Blob, options: ReportOptions = {}): Promise<ReportResult> {
  const limit = options.maxBytes ?? MAX_REPORT_BYTES;
  try {
    const source = await openSource(input, limit);
    if ('error' in source) return { ok: false, error: source.error };
    try {
      return await parseText(source, options.onProgress);
    } catch (error) {
      if (!(error instanceof NotUtf8) || typeof input === 'string') throw error;
      // Its first accented letter came after the sample: read it again, whole, as Windows-1252.
      const again = await openSource(input, limit, 'windows-1252');
      return 'error' in again ? { ok: false, error: again.error } : await parseText(again, options.onProgress);
    }
  } catch (error) {
    return {
      ok: false,
      error: { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

interface Piece {
  readonly text: string;
  /** How much of the source has been read once this piece is parsed. */
  readonly read: number;
}

interface Source {
  readonly head: string;
  /** Bytes in the file, or characters in a text. */
  readonly size: number;
  /** Yields the whole text in pieces, from the start. */
  pieces(): AsyncIterable<Piece>;
}

async function openSource(
  input: string | Blob,
  limit: number,
  knownEncoding?: TextEncodingName,
): Promise<Source | { error: ReportError }> {
  if (typeof input === 'string') {
    const text = input.replace(/^\ufeff/, '');
    if (text.includes('\u0000')) return { error: { kind: 'wrong-type', detected: 'binary' } };
    return {
      head: text.slice(0, SNIFF_BYTES),
      size: text.length,
      async *pieces() {
        for (let start = 0; start < text.length; start += REPORT_SLICE_BYTES) {
          const end = Math.min(text.length, start + REPORT_SLICE_BYTES);
          yield { text: text.slice(start, end), read: end };
        }
      },
    };
  }
  if (input.size === 0) return { error: { kind: 'empty' } };
  if (input.size > limit) return { error: { kind: 'too-large', bytes: input.size, limit } };
  const headBytes = new Uint8Array(await input.slice(0, SNIFF_BYTES).arrayBuffer());
  const binary = sniffBinary(headBytes);
  if (binary) return { error: { kind: 'wrong-type', detected: binary } };
  const encoding = knownEncoding ?? encodingOf(headBytes, input.size <= SNIFF_BYTES);
  // UTF-8 guessed from the sample is checked all the way: invalid bytes later mean Windows-1252.
  const fatal = encoding === 'utf-8' && knownEncoding === undefined;
  return {
    head: new TextDecoder(encoding).decode(headBytes, { stream: true }),
    size: input.size,
    async *pieces() {
      // One decoder across slices: it holds back a character cut in half until the next slice.
      const decoder = new TextDecoder(encoding, { fatal });
      const decode = (bytes?: ArrayBuffer) => {
        try {
          return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
        } catch {
          throw new NotUtf8();
        }
      };
      for (let start = 0; start < input.size; start += REPORT_SLICE_BYTES) {
        const end = Math.min(input.size, start + REPORT_SLICE_BYTES);
        yield { text: decode(await input.slice(start, end).arrayBuffer()), read: end };
      }
      yield { text: decode(), read: input.size };
    },
  };
}

type ColumnIndex = Partial<Record<ReportColumn, number>>;

interface Header {
  readonly index: ColumnIndex;
  readonly width: number;
  readonly absent: readonly string[];
}

function readHeader(head: string): { header: Header; delimiter: Delimiter } | { error: ReportError } {
  const firstLine = (head.replace(/^\ufeff/, '').split(/\r\n|\n|\r/, 1)[0] ?? '').trim();
  if (firstLine === '') return { error: { kind: 'empty' } };
  if (looksLikeMarkup(head)) return { error: { kind: 'wrong-type', detected: 'html' } };
  const delimiter = delimiterOf(firstLine) ?? '\t';
  const names = (Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? []).map(normalizeColumnName);
  const index: ColumnIndex = {};
  names.forEach((name, position) => {
    if (KNOWN_COLUMNS.has(name) && index[name as ReportColumn] === undefined) index[name as ReportColumn] = position;
  });
  if (Object.keys(index).length === 0) return { error: { kind: 'wrong-type', detected: 'not-a-report' } };
  const missing = REQUIRED_REPORT_COLUMNS.filter((column) => index[column] === undefined);
  if (missing.length > 0) return { error: { kind: 'missing-columns', columns: missing } };
  const absent = REPORT_COLUMNS.filter((column) => index[column] === undefined);
  return { header: { index, width: names.length, absent }, delimiter };
}

/** Column positions, looked up once: the row loop runs 50,000 times. */
function positionsOf(header: Header) {
  const at = (column: ReportColumn) => header.index[column] ?? -1;
  return {
    orderId: at('order-id'),
    status: at('order-status'),
    sku: at('sku'),
    fnsku: at('fnsku'),
    disposition: at('disposition'),
    units: QUANTITY_KINDS.map((kind) => at(QUANTITY_COLUMNS[kind])),
    fee: at('removal-fee'),
    currency: at('currency'),
    lastUpdated: at('last-updated-date'),
    requestDate: at('request-date'),
    orderType: at('order-type'),
    orderSource: at('order-source'),
    serviceSpeed: at('service-speed'),
  };
}

async function parseText(source: Source, onProgress?: (progress: ReportProgress) => void): Promise<ReportResult> {
  const read = readHeader(source.head);
  if ('error' in read) return { ok: false, error: read.error };
  const { header, delimiter } = read;
  const at = positionsOf(header);
  const totals = createOrderTotals();
  const garbage: GarbageRow[] = [];
  let garbageCount = 0;
  let duplicateLines = 0;
  let rows = 0;
  let line = 1;
  let isHeaderRow = true;
  // Only a quoted field can hold a line break; files without quotes skip counting them.
  let quotesSeen = false;

  const addGarbage = (reason: GarbageReason, startLine: number) => {
    garbageCount++;
    if (garbage.length < MAX_GARBAGE_LISTED) garbage.push({ line: startLine, reason });
  };
  const dateOf = memoizedDates();

  /** The row as a report line, or the reason it is garbage. */
  const lineFrom = (row: readonly string[]): ReportLine | GarbageReason => {
    // A trailing delimiter adds empty fields; fewer fields, or extra ones with content, are not this report's rows.
    if (row.length < header.width || hasContentFrom(row, header.width)) return 'field-count';
    const field = (position: number) => (position < 0 ? '' : (row[position] ?? '').trim());
    const orderId = field(at.orderId);
    if (orderId === '' || orderId.length > 100) return 'no-order-id';
    const units: number[] = [];
    for (const position of at.units) {
      const value = parseQuantity(field(position));
      if (value === null) return 'bad-number';
      units.push(value);
    }
    const fee = parseAmount(field(at.fee));
    if (fee === null) return 'bad-number';
    const sku = field(at.sku);
    const disposition = field(at.disposition);
    const lastUpdated = field(at.lastUpdated);
    const requestDate = field(at.requestDate);
    return {
      orderId,
      statusText: field(at.status),
      sku,
      disposition,
      lineKey: `${sku}\u0000${field(at.fnsku)}\u0000${disposition}`,
      units,
      fee,
      currency: field(at.currency),
      lastUpdated,
      updatedAt: dateOf(lastUpdated),
      requestDate,
      requestedAt: dateOf(requestDate),
      orderType: field(at.orderType),
      orderSource: field(at.orderSource),
      serviceSpeed: field(at.serviceSpeed),
    };
  };

  const readRow = (row: string[], brokenQuotes: boolean) => {
    const startLine = line;
    line += quotesSeen ? 1 + newlinesIn(row) : 1;
    if (isHeaderRow) {
      isHeaderRow = false;
      return;
    }
    if (row.length === 1 && (row[0] ?? '').trim() === '') return; // blank line
    rows++;
    const result = brokenQuotes ? 'broken-quotes' : lineFrom(row);
    if (typeof result === 'string') addGarbage(result, startLine);
    else if (totals.add(result)) duplicateLines++;
  };

  await new Promise<void>((resolve, reject) => {
    const feed = pushStream();
    Papa.parse<string[]>(feed as unknown as File, {
      delimiter,
      skipEmptyLines: false,
      chunk(results) {
        const broken = new Set(
          results.errors
            .filter((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')
            .map((e) => e.row),
        );
        results.data.forEach((row, index) => {
          readRow(row, broken.has(index));
        });
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
    (async () => {
      for await (const piece of source.pieces()) {
        if (!quotesSeen && piece.text.includes('"')) quotesSeen = true;
        // papaparse parses what it is fed before push returns: `rows` is current here.
        feed.push(piece.text);
        if (piece.text !== '') onProgress?.({ rows, read: piece.read, total: source.size });
      }
      feed.end();
    })().catch(reject);
  });
  // The last row is parsed only at the end of the stream: the final count, once.
  onProgress?.({ rows, read: source.size, total: source.size });

  const has = (column: ReportColumn) => header.index[column] !== undefined;
  const present = {
    units: Object.fromEntries(QUANTITY_KINDS.map((kind) => [kind, has(QUANTITY_COLUMNS[kind])])) as Record<
      QuantityKind,
      boolean
    >,
    fees: has('removal-fee'),
  };
  return {
    ok: true,
    orders: totals.summaries(present),
    rows,
    garbage: { count: garbageCount, listed: garbage },
    duplicateLines,
    absentColumns: header.absent,
    delimiter,
  };
}

/** Lines of one order repeat its dates: each distinct text is parsed once (bounded). */
function memoizedDates(): (text: string) => number | null {
  const dates = new Map<string, number | null>();
  return (text) => {
    if (text === '') return null;
    const known = dates.get(text);
    if (known !== undefined) return known;
    if (dates.size > 10000) dates.clear();
    const time = parseReportDate(text);
    dates.set(text, time);
    return time;
  };
}

function hasContentFrom(row: readonly string[], start: number): boolean {
  for (let i = start; i < row.length; i++) if ((row[i] ?? '').trim() !== '') return true;
  return false;
}

function newlinesIn(row: readonly string[]): number {
  let count = 0;
  for (const field of row) {
    if (!field.includes('\n') && !field.includes('\r')) continue;
    count += field.split(/\r\n|\n|\r/).length - 1;
  }
  return count;
}

/**
 * The minimal Node-style readable stream papaparse accepts: we push decoded text as it is read
 * and papaparse parses each piece on arrival (its stream mode keeps a partial last row).
 */
interface PushStream {
  readonly readable: true;
  read(): void;
  on(event: string, listener: (value?: unknown) => void): void;
  removeListener(event: string, listener: (value?: unknown) => void): void;
  pause(): void;
  resume(): void;
  push(text: string): void;
  end(): void;
}

function pushStream(): PushStream {
  const listeners = new Map<string, Set<(value?: unknown) => void>>();
  const emit = (event: string, value?: unknown) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(value);
  };
  return {
    readable: true,
    read() {},
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener);
    },
    pause() {},
    resume() {},
    push: (text) => {
      if (text !== '') emit('data', text);
    },
    end: () => emit('end'),
  };
}
