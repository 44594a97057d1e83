import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { useVirtualizer } from '@/components/use-virtualizer';
import type { MessageKey } from '@/lib/i18n/translate';
import { canSendCancel } from '@/lib/removal/cancel-guidance';
import { type DisposalDraft, disposalDraftFor } from '@/lib/removal/disposal-draft';
import type { ReportSortKey } from '@/lib/removal/order-sort';
import type { RemovalReportOrder } from '@/lib/removal/report-orders';
import { CancelSteps } from './CancelSteps';
import { EligibilityTag } from './EligibilityTag';
import { type LoadedList, missingStretches, orderAt, type Sort } from './loaded-list';
import { formatAmount } from './text';

/**
 * Rows drawn and measured together. The list virtualizes groups, not rows: with one item per
 * order, each measurement recomputed the offsets of all 66,667 orders of a 200,000-row report
 * (5 ms each, several per frame); with groups of ten the same takes a tenth of that.
 */
const GROUP_ROWS = 10;
/** A group's height before it is drawn and measured: ten rows of ID, SKU line and a button. */
const GROUP_ESTIMATE_PX = GROUP_ROWS * 56;

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

const stepsId = (orderId: string) => `removal-cancel-${orderId.replace(/[^\w-]/g, '_')}`;

interface OrderListProps {
  readonly list: LoadedList;
  /** Another list was asked for and has not arrived: this one stays, marked busy. */
  readonly switching: boolean;
  readonly sort: Sort;
  readonly onSort: (key: ReportSortKey) => void;
  /** Stretches the rows in view need and the list does not hold yet. */
  readonly onMissing: (stretches: readonly number[]) => void;
  readonly onTrackDisposal: (draft: DisposalDraft) => void;
}

/**
 * The imported orders in a scroll box that draws only the groups near its view; the scroll bar
 * still tells the whole list's length. Its own component, so a scroll draws the list again and
 * not the totals and filters above it.
 */
export function OrderList({ list, switching, sort, onSort, onMissing, onTrackDisposal }: OrderListProps) {
  const { t } = useI18n();
  const scrollBox = useRef<HTMLElement>(null);
  /** The one order whose cancel steps are open beneath its row. */
  const [openSteps, setOpenSteps] = useState<string | null>(null);
  const virtualizer = useVirtualizer<HTMLTableSectionElement>({
    count: Math.ceil(list.matching / GROUP_ROWS),
    getScrollElement: () => scrollBox.current,
    estimateSize: () => GROUP_ESTIMATE_PX,
    overscan: 1,
  });
  // The rows come one task after the table's frame: drawn in the same task as the totals and
  // filters above, they held a popup busy with a 66,667-order report over 50 ms.
  const [rowsDue, setRowsDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setRowsDue(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const groups = rowsDue ? virtualizer.getVirtualItems() : [];
  const firstRow = (groups[0]?.index ?? 0) * GROUP_ROWS;
  const endRow = ((groups.at(-1)?.index ?? -1) + 1) * GROUP_ROWS;
  const missing = switching ? [] : missingStretches(list, firstRow, endRow);
  useEffect(() => {
    if (missing.length > 0) onMissing(missing);
  });
  // A new list is read from its top.
  const shownKey = useRef(list.key);
  useEffect(() => {
    if (shownKey.current === list.key) return;
    shownKey.current = list.key;
    virtualizer.scrollToOffset(0);
  }, [list.key, virtualizer]);

  const above = groups[0]?.start ?? 0;
  const below = groups.length > 0 ? virtualizer.getTotalSize() - (groups.at(-1)?.end ?? 0) : 0;
  return (
    <section
      ref={scrollBox}
      class="removal-scroll"
      aria-label={t('removalImportTableLabel')}
      aria-busy={!rowsDue || switching || missing.length > 0}
      data-testid="removal-import-scroll"
      data-rows={list.matching}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table class="removal-table" data-testid="removal-import-table" aria-rowcount={list.matching + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={
                  sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                <button type="button" onClick={() => onSort(column.key)}>
                  {t(column.label)}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        {above > 0 && <Spacer height={above} />}
        {groups.map((group) => {
          const from = group.index * GROUP_ROWS;
          const rows = Array.from({ length: Math.min(GROUP_ROWS, list.matching - from) }, (_, at) => from + at);
          return (
            // A body per group: an order and its open cancel steps are measured with their group.
            <tbody key={group.key} data-index={group.index} ref={virtualizer.measureElement}>
              {rows.map((index) => {
                const order = orderAt(list, index);
                return order ? (
                  <OrderRow
                    key={order.orderId}
                    order={order}
                    rowIndex={index + 2}
                    stepsOpen={openSteps === order.orderId}
                    onToggleSteps={() => setOpenSteps((now) => (now === order.orderId ? null : order.orderId))}
                    onTrackDisposal={onTrackDisposal}
                  />
                ) : (
                  <tr key={`pending-${index}`} class="removal-pending" aria-rowindex={index + 2}>
                    <td colSpan={COLUMNS.length}>…</td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
        {below > 0 && <Spacer height={below} />}
      </table>
    </section>
  );
}

/** Stands for the groups not drawn above or below the view. */
function Spacer({ height }: { readonly height: number }) {
  return (
    <tbody aria-hidden="true" class="removal-spacer">
      <tr style={{ height: `${height}px` }}>
        <td colSpan={COLUMNS.length} />
      </tr>
    </tbody>
  );
}

interface OrderRowProps {
  readonly order: RemovalReportOrder;
  readonly rowIndex: number;
  readonly stepsOpen: boolean;
  readonly onToggleSteps: () => void;
  readonly onTrackDisposal: (draft: DisposalDraft) => void;
}

function OrderRow({ order, rowIndex, stepsOpen, onToggleSteps, onTrackDisposal }: OrderRowProps) {
  const { t, language } = useI18n();
  const fee =
    order.fees === null
      ? '–'
      : order.mixedCurrencies
        ? `${order.fees} (${t('removalMixedCurrencies')})`
        : formatAmount(language, order.fees, order.currency);
  return (
    <>
      <tr
        data-testid="removal-import-row"
        data-order-id={order.orderId}
        data-eligibility={order.eligibility}
        aria-rowindex={rowIndex}
      >
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
              aria-expanded={stepsOpen}
              // Names the steps only while they are there to name.
              aria-controls={stepsOpen ? stepsId(order.orderId) : undefined}
              onClick={onToggleSteps}
            >
              {t('removal_cancelStepsTitle')}
            </button>
          )}
        </td>
        <td class="removal-number">{order.units.requested ?? '–'}</td>
        <td class="removal-number">{fee}</td>
        <td>{order.requestDate ? order.requestDate.slice(0, 10) : '–'}</td>
      </tr>
      {stepsOpen && (
        <tr class="removal-cancel-row">
          <td colSpan={COLUMNS.length}>
            <CancelSteps order={order} id={stepsId(order.orderId)} />
          </td>
        </tr>
      )}
    </>
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
