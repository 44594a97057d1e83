import { useI18n } from '@/components/I18n';
import type { CancelEligibility } from '@/lib/removal/eligibility';
import { NO_FILTER, type ReportFilter, type ReportTotals } from '@/lib/removal/report-view';
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
  const filtered =
    filter.query.trim() !== '' ||
    filter.eligibility !== null ||
    filter.orderType !== null ||
    filter.disposition !== null;
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
      {totals.orderTypes.length > 1 && (
        <label>
          {t('removalTotalsType')}
          <select
            data-testid="removal-filter-order-type"
            value={filter.orderType ?? ''}
            onChange={(event) => set({ orderType: event.currentTarget.value || null })}
          >
            <option value="">{t('removalFilterAll')}</option>
            {totals.orderTypes.map((row) => (
              <option key={row.key} value={row.key}>
                {row.key}
              </option>
            ))}
          </select>
        </label>
      )}
      {totals.dispositions.length > 1 && (
        <label>
          {t('removalTotalsDisposition')}
          <select
            data-testid="removal-filter-disposition"
            value={filter.disposition ?? ''}
            onChange={(event) => set({ disposition: event.currentTarget.value || null })}
          >
            <option value="">{t('removalFilterAll')}</option>
            {totals.dispositions.map((row) => (
              <option key={row.key} value={row.key}>
                {row.key}
              </option>
            ))}
          </select>
        </label>
      )}
      {filtered && (
        <button type="button" data-testid="removal-clear-filters" onClick={() => onChange(NO_FILTER)}>
          {t('removalClearFilters')}
        </button>
      )}
    </div>
  );
}
