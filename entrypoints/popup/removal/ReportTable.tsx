import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { canSendCancel } from '@/lib/removal/cancel-guidance';
import { type DisposalDraft, disposalDraftFor } from '@/lib/removal/disposal-draft';
import type { ReportSortKey, SortDirection } from '@/lib/removal/order-sort';
import type { ReportPage, ReportPageRequest } from '@/lib/removal/report-import-protocol';
import type { RemovalReportOrder } from '@/lib/removal/report-orders';
import { filterKey, isFiltered, NO_FILTER, type ReportFilter, type ReportTotals } from '@/lib/removal/report-view';
import { CancelSteps } from './CancelSteps';
import { EligibilityTag } from './EligibilityTag';
import { ReportFilters } from './ReportFilters';
import { ReportTotalsView } from './ReportTotals';
import { formatAmount } from './text';

/** Rows drawn at first and per "show more": a 200,000-row report can hold tens of thousands of orders. */
export const PAGE_ROWS = 100;
/** Rows added to the table per task while a page is drawn. */
const ROWS_PER_TASK = 25;

const COLUMNS: readonly {
  readonly key: Exclude<ReportSortKey, 'attention' | 'updated'>;
  readonly label: MessageKey;
}[] = [
  { key: 'order-id', label: 'removalColOrder' },
  { key: 'status', label: 'removalColStatus' },
  { key: 'units', label: 'removalColUnits' },
  { key: 'fees', label: 'removalColFees' },
  { key: 'requested', label: 'removalColRequested' },
];

interface Sort {
  readonly key: ReportSortKey;
  readonly direction: SortDirection;
}

export const FIRST_PAGE: ReportPageRequest = { sort: 'attention', direction: 'desc', limit: PAGE_ROWS };

const stepsId = (orderId: string) => `removal-cancel-${orderId.replace(/[^\w-]/g, '_')}`;

const requestKey = (request: ReportPageRequest) =>
  `${request.sort}|${request.direction}|${request.limit}|${filterKey(request.filter ?? NO_FILTER)}`;

interface ReportTableProps {
  /** The rows of FIRST_PAGE, drawn at once. */
  readonly firstPage: ReportPage;
  /** Sorting and filtering run where the orders are (the report worker): the table asks for the rows it draws. */
  readonly loadPage: (request: ReportPageRequest) => Promise<ReportPage>;
  readonly totals: ReportTotals;
  /** A row's unsellable units, handed to the disposal deadline form. */
  readonly onTrackDisposal: (draft: DisposalDraft) => void;
}

/** Imported orders, cancellable first until the seller sorts by a column. */
export function ReportTable({ firstPage, loadPage, totals, onTrackDisposal }: ReportTableProps) {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: FIRST_PAGE.sort, direction: FIRST_PAGE.direction });
  const [limit, setLimit] = useState(PAGE_ROWS);
  const [filter, setFilter] = useState<ReportFilter>(NO_FILTER);
  /** A new search or filter starts again from the first page. */
  const changeFilter = (next: ReportFilter) => {
    setFilter(next);
    setLimit(PAGE_ROWS);
  };
  // The page drawn, with the request it answers: the table is busy from the click that asks for
  // another page until its answer is drawn, not from an effect one frame later.
  const [shown, setShown] = useState({ key: requestKey(FIRST_PAGE), page: firstPage });
  const wanted: ReportPageRequest = { sort: sort.key, direction: sort.direction, limit, filter };
  const loading = shown.key !== requestKey(wanted);
  const page = shown.page;
  const latest = useRef(0);
  useEffect(() => {
    // Answers can arrive out of order after quick clicks: only the last request's is drawn.
    const request = ++latest.current;
    if (requestKey(wanted) === requestKey(FIRST_PAGE)) {
      // Already drawn when the table first appears: setting it again would draw every row twice.
      setShown((now) => (now.page === firstPage ? now : { key: requestKey(wanted), page: firstPage }));
      return;
    }
    void loadPage(wanted).then((answer) => {
      if (request === latest.current) setShown({ key: requestKey(wanted), page: answer });
    });
  }, [sort, limit, filter, firstPage, loadPage]);
  // Rows are drawn a slice per task: 100 rows drawn in one go held a busy popup just over 50 ms.
  // The first slice comes in the task after the table's frame appears.
  const [drawn, setDrawn] = useState(0);
  /** The one order whose cancel steps are open beneath its row. */
  const [openSteps, setOpenSteps] = useState<string | null>(null);
  useEffect(() => setDrawn((count) => Math.min(count, ROWS_PER_TASK)), [sort, filter]);
  useEffect(() => {
    if (drawn >= page.orders.length) return;
    const timer = setTimeout(() => setDrawn((count) => count + ROWS_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [drawn, page]);
  const rows: readonly RemovalReportOrder[] = page.orders.slice(0, drawn);
  const sortBy = (key: ReportSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'order-id' ? 'asc' : 'desc' },
    );
  const fee = (order: RemovalReportOrder) => {
    if (order.fees === null) return '–';
    if (order.mixedCurrencies) return `${order.fees} (${t('removalMixedCurrencies')})`;
    return formatAmount(language, order.fees, order.currency);
  };
  const count = new Intl.NumberFormat(language);
  return (
    <div class="removal-report">
      <ReportTotalsView totals={totals} onShow={(patch) => changeFilter({ ...NO_FILTER, ...patch })} />
      <ReportFilters filter={filter} totals={totals} onChange={changeFilter} />
      {isFiltered(filter) && !loading && (
        <p class="muted" data-testid="removal-matching" data-matching={page.matching}>
          {page.matching === 0
            ? t('removalNoMatch')
            : t('removalMatching', count.format(page.matching), count.format(page.total))}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          aria-pressed={sort.key === 'attention'}
          onClick={() => setSort({ key: 'attention', direction: 'desc' })}
        >
          {t('removalSortAttention')}
        </button>
      </div>
      <section
        class="removal-scroll"
        aria-label={t('removalImportTableLabel')}
        aria-busy={loading || drawn < page.orders.length}
        data-testid="removal-import-scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <table class="removal-table" data-testid="removal-import-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={
                    sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  <button type="button" onClick={() => sortBy(column.key)}>
                    {t(column.label)}
                    <span aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((order) => (
              <Fragment key={order.orderId}>
                <tr data-testid="removal-import-row" data-order-id={order.orderId} data-eligibility={order.eligibility}>
                  <th scope="row">
                    <span class="removal-id">{order.orderId}</span>
                    {order.skus.length > 0 && (
                      <span class="muted removal-skus">
                        {order.skus.slice(0, 2).join(', ')}
                        {order.skus.length > 2 ? ' …' : ''}
                      </span>
                    )}
                    <TrackDisposalButton order={order} onTrack={onTrackDisposal} />
                  </th>
                  <td>
                    <EligibilityTag eligibility={order.eligibility} />
                    <span class="muted removal-skus">{order.statusText || '–'}</span>
                    {canSendCancel(order.eligibility) && (
                      <button
                        type="button"
                        class="removal-cancel-toggle"
                        aria-expanded={openSteps === order.orderId}
                        // Names the steps only while they are there to name.
                        aria-controls={openSteps === order.orderId ? stepsId(order.orderId) : undefined}
                        onClick={() => setOpenSteps((now) => (now === order.orderId ? null : order.orderId))}
                      >
                        {t('removal_cancelStepsTitle')}
                      </button>
                    )}
                  </td>
                  <td class="removal-number">{order.units.requested ?? '–'}</td>
                  <td class="removal-number">{fee(order)}</td>
                  <td>{order.requestDate ? order.requestDate.slice(0, 10) : '–'}</td>
                </tr>
                {openSteps === order.orderId && (
                  <tr class="removal-cancel-row">
                    <td colSpan={COLUMNS.length}>
                      <CancelSteps order={order} id={stepsId(order.orderId)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </section>
      {page.matching > limit && (
        <button type="button" onClick={() => setLimit((value) => value + PAGE_ROWS)}>
          {t('removalShowMore', Math.min(PAGE_ROWS, page.matching - limit))}
        </button>
      )}
    </div>
  );
}

/** Shown on rows with unsellable units still in the warehouse: their 30-day clock is worth tracking. */
function TrackDisposalButton({
  order,
  onTrack,
}: {
  readonly order: RemovalReportOrder;
  readonly onTrack: (draft: DisposalDraft) => void;
}) {
  const { t } = useI18n();
  const draft = disposalDraftFor(order);
  if (!draft) return null;
  return (
    <button
      type="button"
      class="removal-cancel-toggle"
      data-testid="removal-track-disposal"
      onClick={() => onTrack(draft)}
    >
      {t('removalTrackDisposal')}
    </button>
  );
}
