import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n/translate';
import type { ReportFilter, ReportTotals, TotalsRow } from '@/lib/removal/report-view';
import { EligibilityTag } from './EligibilityTag';
import { formatAmount } from './text';

interface ReportTotalsProps {
  readonly totals: ReportTotals;
  /** Narrows the list to one row's orders. */
  readonly onShow: (filter: Partial<ReportFilter>) => void;
}

/**
 * What the report holds, before any row: the orders being processed first (a cancel may still
 * reach them, for a short while only), then how many orders can still be cancelled, with their
 * units and fees, and the same per order type and per disposition. Each row narrows the list.
 */
export function ReportTotalsView({ totals, onShow }: ReportTotalsProps) {
  const { t } = useI18n();
  const processing = totals.eligibility.find((row) => row.key === 'cancellable-unconfirmed')?.orders ?? 0;
  return (
    <section class="removal-totals" aria-labelledby="removal-totals-heading" data-testid="removal-totals">
      {processing > 0 && (
        <p class="card notice removal-recheck" data-testid="removal-recheck" data-count={processing}>
          {processing === 1 ? t('removalRecheckOne') : t('removalRecheckFirst', processing)}{' '}
          <button type="button" onClick={() => onShow({ eligibility: 'cancellable-unconfirmed' })}>
            {t('removalRecheckShow')}
          </button>
        </p>
      )}
      <h3 id="removal-totals-heading">{t('removalTotalsTitle')}</h3>
      <TotalsTable
        caption="removalFilterEligibility"
        rows={totals.eligibility}
        group="eligibility"
        label={(row) => <EligibilityTag eligibility={row.key} />}
        onShow={(row) => onShow({ eligibility: row.key })}
      />
      {totals.orderTypes.length > 0 && (
        <TotalsTable
          caption="removalTotalsType"
          rows={totals.orderTypes}
          group="order-type"
          label={(row) => row.key}
          onShow={(row) => onShow({ orderType: row.key })}
        />
      )}
      {totals.dispositions.length > 0 && (
        <TotalsTable
          caption="removalTotalsDisposition"
          rows={totals.dispositions}
          group="disposition"
          label={(row) => row.key}
          onShow={(row) => onShow({ disposition: row.key })}
          withoutFees
        />
      )}
      {totals.mixedCurrencyOrders > 0 && <p class="muted">{t('removalTotalsMixed', totals.mixedCurrencyOrders)}</p>}
    </section>
  );
}

function TotalsTable<K extends string>({
  caption,
  rows,
  group,
  label,
  onShow,
  withoutFees = false,
}: {
  readonly caption: MessageKey;
  readonly rows: readonly TotalsRow<K>[];
  readonly group: string;
  readonly label: (row: TotalsRow<K>) => ComponentChildren;
  readonly onShow: (row: TotalsRow<K>) => void;
  readonly withoutFees?: boolean;
}) {
  const { t, language } = useI18n();
  const count = new Intl.NumberFormat(language);
  return (
    <table class="removal-table removal-totals-table" data-group={group}>
      <thead>
        <tr>
          <th scope="col">{t(caption)}</th>
          <th scope="col">{t('removalTotalsOrders')}</th>
          <th scope="col">{t('removalColUnits')}</th>
          {!withoutFees && <th scope="col">{t('removalColFees')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid="removal-totals-row" data-key={row.key} data-orders={row.orders}>
            <th scope="row">{label(row)}</th>
            <td class="removal-number">
              {row.orders > 0 ? (
                <button
                  type="button"
                  class="removal-count"
                  aria-label={`${t('removalTotalsShow')}: ${count.format(row.orders)}`}
                  onClick={() => onShow(row)}
                >
                  {count.format(row.orders)}
                </button>
              ) : (
                count.format(0)
              )}
            </td>
            <td class="removal-number">{count.format(row.units)}</td>
            {!withoutFees && (
              <td class="removal-number">
                {row.fees.length === 0
                  ? '–'
                  : row.fees.map((fee) => formatAmount(language, fee.amount, fee.currency || null)).join(' + ')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
