// Node's Blob, as fast as a browser's: the test environment's own Blob is far slower on megabytes.
import { Blob as NodeBlob } from 'node:buffer';
import { sortReportOrders } from '@/lib/removal/order-sort';
import type { FromReportWorker, ReportOutcome } from '@/lib/removal/report-import-protocol';
import { createReportImportSession } from '@/lib/removal/report-import-session';
import { parseRemovalReport, REPORT_SLICE_BYTES, type ReportSuccess } from '@/lib/removal/report-parser';
import { matchesFilter, NO_FILTER, reportTotals } from '@/lib/removal/report-view';
import { syntheticRemovalReport } from '../../fixtures/reports/synthetic';

const ROWS = 12_000;
const TEXT = syntheticRemovalReport({ rows: ROWS });
const blob = () => new NodeBlob([TEXT]) as unknown as Blob;
const FIRST = { sort: 'attention', direction: 'desc', limit: 100 } as const;

async function session() {
  const posted: FromReportWorker[] = [];
  const handle = createReportImportSession((message) => posted.push(message));
  await handle({ type: 'read', file: blob(), firstPage: FIRST });
  const done = posted.find((m) => m.type === 'done');
  return { posted, handle, outcome: (done as { outcome: ReportOutcome }).outcome };
}

async function parsedWhole(): Promise<ReportSuccess> {
  const result = await parseRemovalReport(blob());
  if (!result.ok) throw new Error('synthetic report did not parse');
  return result;
}

describe('report worker session: reading', () => {
  it('tells progress after every slice, rows and bytes only ever growing, ending at the whole file', async () => {
    const { posted } = await session();
    const progress = posted.flatMap((m) => (m.type === 'progress' ? [m] : []));
    const bytes = new TextEncoder().encode(TEXT).length;
    // One per slice, then the final count once the last row is parsed.
    expect(progress.length).toBe(Math.ceil(bytes / REPORT_SLICE_BYTES) + 1);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]?.rows).toBeGreaterThanOrEqual(progress[i - 1]?.rows ?? 0);
      expect(progress[i]?.read).toBeGreaterThanOrEqual(progress[i - 1]?.read ?? 0);
    }
    expect(progress[1]?.read).toBeGreaterThan(progress[0]?.read ?? 0);
    expect(progress[0]?.rows).toBeGreaterThan(0);
    expect(progress[0]?.rows).toBeLessThan(ROWS);
    expect(progress.every((p) => p.total === bytes)).toBe(true);
    expect(progress.at(-1)).toEqual({ type: 'progress', rows: ROWS, read: bytes, total: bytes });
    // Progress comes before the outcome, and the outcome comes once.
    expect(posted.at(-1)?.type).toBe('done');
    expect(posted.filter((m) => m.type === 'done')).toHaveLength(1);
  });

  it('sends the overview without the orders, and the first page in attention order', async () => {
    const { outcome } = await session();
    const whole = await parsedWhole();
    if (!outcome.ok) throw new Error('expected a read report');
    expect(outcome.overview).not.toHaveProperty('orders');
    expect(outcome.overview.orderCount).toBe(whole.orders.length);
    expect(outcome.overview.rows).toBe(ROWS);
    expect(outcome.overview.garbage).toEqual(whole.garbage);
    expect(outcome.firstPage.total).toBe(whole.orders.length);
    expect(outcome.firstPage.matching).toBe(whole.orders.length);
    expect(outcome.overview.totals).toEqual(reportTotals(whole.orders));
    expect(outcome.firstPage.orders).toEqual(sortReportOrders(whole.orders, 'attention').slice(0, 100));
  });

  it('reports a file it cannot read as the parser does', async () => {
    const posted: FromReportWorker[] = [];
    await createReportImportSession((m) => posted.push(m))({
      type: 'read',
      file: new NodeBlob([]) as unknown as Blob,
      firstPage: FIRST,
    });
    expect(posted).toEqual([{ type: 'done', outcome: { ok: false, error: { kind: 'empty' } } }]);
  });
});

describe('report worker session: pages', () => {
  it('answers each page request with its id, sorted as asked, as many rows as asked', async () => {
    const { posted, handle } = await session();
    const whole = await parsedWhole();
    await handle({ type: 'page', id: 7, sort: 'units', direction: 'asc', limit: 250 });
    await handle({ type: 'page', id: 8, sort: 'units', direction: 'desc', limit: 300 });
    const pages = posted.flatMap((m) => (m.type === 'page' ? [m] : []));
    expect(pages.map((p) => p.id)).toEqual([7, 8]);
    expect(pages[0]?.page.orders).toEqual(sortReportOrders(whole.orders, 'units', 'asc').slice(0, 250));
    expect(pages[1]?.page.orders).toEqual(sortReportOrders(whole.orders, 'units', 'desc').slice(0, 300));
    expect(pages.every((p) => p.page.total === whole.orders.length)).toBe(true);
  });

  it('answers a stretch further down the list from its offset, and an offset past the end with no rows', async () => {
    const { posted, handle } = await session();
    const whole = await parsedWhole();
    const byUnits = sortReportOrders(whole.orders, 'units', 'desc');
    expect(byUnits.length).toBeGreaterThan(150);
    await handle({ type: 'page', id: 1, sort: 'units', direction: 'desc', offset: 100, limit: 50 });
    await handle({ type: 'page', id: 2, sort: 'units', direction: 'desc', offset: byUnits.length - 5, limit: 50 });
    await handle({ type: 'page', id: 3, sort: 'units', direction: 'desc', offset: byUnits.length + 10, limit: 50 });
    const pages = posted.flatMap((m) => (m.type === 'page' ? [m.page] : []));
    expect(pages[0]).toMatchObject({ offset: 100, orders: byUnits.slice(100, 150), matching: byUnits.length });
    expect(pages[1]?.orders).toEqual(byUnits.slice(-5));
    expect(pages[2]?.orders).toEqual([]);
  });

  it('answers a filtered request with the matching orders in the order asked, and counts them', async () => {
    const { posted, handle } = await session();
    const whole = await parsedWhole();
    const filter = {
      ...NO_FILTER,
      eligibility: 'cancellable' as const,
      query: whole.orders[0]?.skus[0]?.slice(0, 4) ?? '',
    };
    const matching = sortReportOrders(whole.orders, 'fees', 'desc').filter(matchesFilter(filter));
    expect(matching.length).toBeGreaterThan(10);
    expect(matching.length).toBeLessThan(whole.orders.length);
    await handle({ type: 'page', id: 3, sort: 'fees', direction: 'desc', limit: 10, filter });
    // The same filter again, written differently: answered from the list kept for it.
    await handle({
      type: 'page',
      id: 4,
      sort: 'fees',
      direction: 'desc',
      limit: 20,
      filter: { ...filter, query: ` ${filter.query.toUpperCase()} ` },
    });
    const pages = posted.flatMap((m) => (m.type === 'page' ? [m.page] : []));
    expect(pages[0]).toEqual({
      offset: 0,
      orders: matching.slice(0, 10),
      total: whole.orders.length,
      matching: matching.length,
    });
    expect(pages[1]?.orders).toEqual(matching.slice(0, 20));
    await handle({
      type: 'page',
      id: 5,
      sort: 'fees',
      direction: 'desc',
      limit: 10,
      filter: { ...NO_FILTER, query: 'no such order' },
    });
    expect(posted.at(-1)).toEqual({
      type: 'page',
      id: 5,
      page: { offset: 0, orders: [], total: whole.orders.length, matching: 0 },
    });
  });

  it('forgets the previous file when a new one is read', async () => {
    const { posted, handle } = await session();
    await handle({
      type: 'read',
      file: new NodeBlob([syntheticRemovalReport({ rows: 6 })]) as unknown as Blob,
      firstPage: FIRST,
    });
    await handle({ type: 'page', id: 1, sort: 'order-id', direction: 'asc', limit: 100 });
    const page = posted.at(-1);
    expect(page?.type === 'page' && page.page.orders.map((o) => o.orderId)).toEqual(['SYN0000000', 'SYN0000001']);
  });
});
