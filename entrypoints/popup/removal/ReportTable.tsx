import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { type ReportSortKey, type SortDirection, sortReportOrders } from '@/lib/removal/order-sort';
import type { RemovalReportOrder } from '@/lib/removal/report-orders';
import { EligibilityTag } from './EligibilityTag';

/** Rows drawn at first and per "show more": a 50,000-row report can hold thousands of orders. */
const PAGE_ROWS = 100;

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

/** Imported orders, cancellable first until the seller sorts by a column. */
export function ReportTable({ orders }: { readonly orders: readonly RemovalReportOrder[] }) {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: 'attention', direction: 'desc' });
  const [limit, setLimit] = useState(PAGE_ROWS);
  const sorted = useMemo(() => sortReportOrders(orders, sort.key, sort.direction), [orders, sort]);
  const shown = sorted.slice(0, limit);
  const sortBy = (key: ReportSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'order-id' ? 'asc' : 'desc' },
    );
  const fee = (order: RemovalReportOrder) => {
    if (order.fees === null) return '–';
    if (order.mixedCurrencies) return `${order.fees} (${t('removalMixedCurrencies')})`;
    try {
      if (order.currency)
        return new Intl.NumberFormat(language, { style: 'currency', currency: order.currency }).format(order.fees);
    } catch {
      // Not an ISO currency code: the number alone, then the code as written.
    }
    return `${new Intl.NumberFormat(language).format(order.fees)}${order.currency ? ` ${order.currency}` : ''}`;
  };
  return (
    <div class="removal-report">
      <div class="row">
        <button
          type="button"
          aria-pressed={sort.key === 'attention'}
          onClick={() => setSort({ key: 'attention', direction: 'desc' })}
        >
          {t('removalSortAttention')}
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section class="removal-scroll" aria-label={t('removalImportTableLabel')} tabIndex={0}>
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
            {shown.map((order) => (
              <tr
                key={order.orderId}
                data-testid="removal-import-row"
                data-order-id={order.orderId}
                data-eligibility={order.eligibility}
              >
                <th scope="row">
                  <span class="removal-id">{order.orderId}</span>
                  {order.skus.length > 0 && (
                    <span class="muted removal-skus">
                      {order.skus.slice(0, 2).join(', ')}
                      {order.skus.length > 2 ? ' …' : ''}
                    </span>
                  )}
                </th>
                <td>
                  <EligibilityTag eligibility={order.eligibility} />
                  <span class="muted removal-skus">{order.statusText || '–'}</span>
                </td>
                <td class="removal-number">{order.units.requested ?? '–'}</td>
                <td class="removal-number">{fee(order)}</td>
                <td>{order.requestDate ? order.requestDate.slice(0, 10) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {sorted.length > limit && (
        <button type="button" onClick={() => setLimit((value) => value + PAGE_ROWS)}>
          {t('removalShowMore', Math.min(PAGE_ROWS, sorted.length - limit))}
        </button>
      )}
    </div>
  );
}
