import { useI18n } from '@/components/I18n';
import type { CancelEligibility } from '@/lib/removal/eligibility';
import { isFiltered, NO_FILTER, type ReportFilter, type ReportTotals, type TotalsRow } from '@/lib/removal/report-view';
import { eligibilityLabel } from './text';

interface ReportFiltersProps {
  readonly filter: ReportFilter;
  readonly totals: ReportTotals;
  readonly onChange: (filter: ReportFilter) => void;
}

/** Search by order ID or SKU, and one choice per dimension the totals show; options come from the report. */
export function ReportFilters({ filter, totals, onChange }: ReportFiltersProps) {
  const { t } = useI18n();
  const set = (patch: Partial<ReportFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="removal-filters" data-testid="removal-filters">
      <label>
        {t('removalSearchLabel')}
        <input
          type="search"
          data-testid="removal-search"
          value={filter.query}
          onInput={(event) => set({ query: event.currentTarget.value })}
        />
      </label>
      <label>
        {t('removalFilterEligibility')}
        <select
          data-testid="removal-filter-eligibility"
          value={filter.eligibility ?? ''}
          onChange={(event) => set({ eligibility: (event.currentTarget.value || null) as CancelEligibility | null })}
        >
          <option value="">{t('removalFilterAll')}</option>
          {totals.eligibility.map((row) => (
            <option key={row.key} value={row.key}>
              {eligibilityLabel(t, row.key)}
            </option>
          ))}
        </select>
      </label>
      <WrittenValueFilter
        label={t('removalTotalsType')}
        testId="removal-filter-order-type"
        rows={totals.orderTypes}
        value={filter.orderType}
        onChange={(orderType) => set({ orderType })}
      />
      <WrittenValueFilter
        label={t('removalTotalsDisposition')}
        testId="removal-filter-disposition"
        rows={totals.dispositions}
        value={filter.disposition}
        onChange={(disposition) => set({ disposition })}
      />
      {isFiltered(filter) && (
        <button type="button" data-testid="removal-clear-filters" onClick={() => onChange(NO_FILTER)}>
          {t('removalClearFilters')}
        </button>
      )}
    </div>
  );
}

/** A choice among values as the report writes them (order types, dispositions); shown when there is a choice. */
function WrittenValueFilter({
  label,
  testId,
  rows,
  value,
  onChange,
}: {
  readonly label: string;
  readonly testId: string;
  readonly rows: readonly TotalsRow[];
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}) {
  const { t } = useI18n();
  if (rows.length < 2) return null;
  return (
    <label>
      {label}
      <select
        data-testid={testId}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        <option value="">{t('removalFilterAll')}</option>
        {rows.map((row) => (
          <option key={row.key} value={row.key}>
            {row.key}
          </option>
        ))}
      </select>
    </label>
  );
}
