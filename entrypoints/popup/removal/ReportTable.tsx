import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import type { DisposalDraft } from '@/lib/removal/disposal-draft';
import type { ReportSortKey } from '@/lib/removal/order-sort';
import type { ReportPage, ReportPageRequest } from '@/lib/removal/report-import-protocol';
import { isFiltered, NO_FILTER, type ReportFilter, type ReportTotals } from '@/lib/removal/report-view';
import { type LoadedList, listKey, newList, type Sort, STRETCH_ROWS, withStretch } from './loaded-list';
import { OrderList } from './OrderList';
import { ReportFilters } from './ReportFilters';
import { ReportTotalsView } from './ReportTotals';

const FIRST_SORT: Sort = { key: 'attention', direction: 'desc' };
export const FIRST_PAGE: ReportPageRequest = {
  sort: FIRST_SORT.key,
  direction: FIRST_SORT.direction,
  offset: 0,
  limit: STRETCH_ROWS,
};

interface ReportTableProps {
  /** The rows of FIRST_PAGE, drawn at once. */
  readonly firstPage: ReportPage;
  /** Sorting and filtering run where the orders are (the report worker): the table asks for the rows it draws. */
  readonly loadPage: (request: ReportPageRequest) => Promise<ReportPage>;
  readonly totals: ReportTotals;
  /** A row's unsellable units, handed to the disposal deadline form. */
  readonly onTrackDisposal: (draft: DisposalDraft) => void;
}

/**
 * Imported orders with their totals and filters, cancellable first until the seller sorts by a
 * column. A 200,000-row report can hold tens of thousands of orders: the list is virtual
 * (OrderList), and the worker is asked for each stretch of 100 rows as the list scrolls to it.
 */
export function ReportTable({ firstPage, loadPage, totals, onTrackDisposal }: ReportTableProps) {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<Sort>(FIRST_SORT);
  const [filter, setFilter] = useState<ReportFilter>(NO_FILTER);
  const [list, setList] = useState<LoadedList>(() => newList(listKey(FIRST_SORT, NO_FILTER), firstPage));
  const wantedKey = listKey(sort, filter);
  // From the click that asks for another list until its first rows arrive, the old list stays, marked busy.
  const switching = list.key !== wantedKey;
  /** Stretches asked for and not answered yet, as `<list key>#<offset>`: each is asked once at a time. */
  const inFlight = useRef(new Set<string>());
  const wanted = useRef({ sort, filter });
  wanted.current = { sort, filter };

  /** Asks the worker for one stretch of the list `key` names, unless that stretch is on its way. */
  const ask = (key: string, stretch: number, onPage: (page: ReportPage) => void) => {
    const id = `${key}#${stretch}`;
    if (inFlight.current.has(id)) return;
    inFlight.current.add(id);
    const { sort: asked, filter: narrowed } = wanted.current;
    const offset = stretch * STRETCH_ROWS;
    void loadPage({ sort: asked.key, direction: asked.direction, offset, limit: STRETCH_ROWS, filter: narrowed }).then(
      (page) => {
        inFlight.current.delete(id);
        // Answers can arrive after quick clicks: only those for the list wanted now are drawn.
        if (listKey(wanted.current.sort, wanted.current.filter) === key) onPage(page);
      },
    );
  };
  useEffect(() => {
    if (switching) ask(wantedKey, 0, (page) => setList(newList(wantedKey, page)));
  });
  const fetchMissing = (stretches: readonly number[]) => {
    const key = list.key;
    for (const stretch of stretches) {
      ask(key, stretch, (page) => setList((now) => (now.key === key ? withStretch(now, page) : now)));
    }
  };

  const sortBy = (key: ReportSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'order-id' ? 'asc' : 'desc' },
    );
  const count = new Intl.NumberFormat(language);
  return (
    <div class="removal-report">
      <ReportTotalsView totals={totals} onShow={(patch) => setFilter({ ...NO_FILTER, ...patch })} />
      <ReportFilters filter={filter} totals={totals} onChange={setFilter} />
      {isFiltered(filter) && !switching && (
        <p class="muted" data-testid="removal-matching" data-matching={list.matching}>
          {list.matching === 0
            ? t('removalNoMatch')
            : t('removalMatching', count.format(list.matching), count.format(list.total))}
        </p>
      )}
      <div class="row">
        <button type="button" aria-pressed={sort.key === 'attention'} onClick={() => setSort(FIRST_SORT)}>
          {t('removalSortAttention')}
        </button>
      </div>
      <OrderList
        list={list}
        switching={switching}
        sort={sort}
        onSort={sortBy}
        onMissing={fetchMissing}
        onTrackDisposal={onTrackDisposal}
      />
    </div>
  );
}
