import './history.css';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { chartGeometry, dayInstant, type StatePeriod } from '@/lib/account-health/chart-geometry';
import { NO_RATING_HISTORY, type RatingHistory } from '@/lib/account-health/rating-history';
import { MARKETPLACE_TIME_ZONES } from '@/lib/account-health/time-zones';
import { marketplaceName } from '@/lib/i18n/marketplace-name';
import { ahrStatusKey } from '@/lib/i18n/state-labels';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { StateWord } from '../StateWord';
import { NoticeSection } from './NoticeSection';
import { PolicySection } from './PolicySection';
import { RatingChart } from './RatingChart';
import { loadMarketplaceHistory, watchMarketplaceHistory } from './read-history';

/** Starts reading a marketplace's history before its view is drawn (read-history.ts). */
export { startHistoryRead } from './read-history';

interface HistoryViewProps {
  readonly marketplace: MarketplaceCode;
  readonly onBack: () => void;
}

/**
 * One marketplace over time (issue #18): the Account Health Rating as a line with its
 * thresholds and the account-state periods beneath, every reading as a table (for screen
 * readers, and for whoever wants the numbers), the policy counts, the performance
 * notifications, and the dated list of state changes.
 */
export function HistoryView({ marketplace, onBack }: HistoryViewProps) {
  const { t, language } = useI18n();
  const { value } = useLiveValue(
    () => loadMarketplaceHistory(marketplace),
    (changed) => watchMarketplaceHistory(marketplace, changed),
    [marketplace],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  // Two years are 731 rows: built when the seller opens the table, not with the chart.
  const [tableOpen, setTableOpen] = useState(false);
  // The view replaces the list the seller was in: their focus moves to its heading.
  useLayoutEffect(() => heading.current?.focus(), []);
  const ratings: RatingHistory = value?.ratings ?? NO_RATING_HISTORY;
  const changes = value?.changes ?? [];
  const formats = useMemo(
    () => ({
      day: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
      at: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: MARKETPLACE_TIME_ZONES[marketplace] }),
    }),
    [language, marketplace],
  );
  const periods: StatePeriod[] = changes.map((change) => ({ state: change.state, from: change.at }));
  const chart = useMemo(() => chartGeometry(ratings, periods, Date.now()), [ratings, changes]);
  const latest = chart.points.at(-1);
  return (
    <section class="card history" data-scc-history={marketplace} aria-labelledby="history-heading">
      <button type="button" onClick={onBack}>
        {t('historyBack')}
      </button>
      <h2 id="history-heading" tabIndex={-1} ref={heading}>
        {t('historyHeading', `${marketplaceName(marketplace, language)} (${marketplace})`)}
      </h2>
      <h3>{t('historyRatingHeading')}</h3>
      {value && ratings.days.length === 0 && ratings.months.length === 0 ? (
        <p class="muted" data-testid="history-no-readings">
          {t('historyNoReadings')}
        </p>
      ) : (
        <>
          <RatingChart
            chart={chart}
            label={t('historyChartLabel', String(chart.points.length), latest ? String(latest.rating) : '–')}
            formatDay={(at) => formats.day.format(at)}
          />
          <p class="muted">{t('historyScale')}</p>
          <details onToggle={(event) => setTableOpen((event.currentTarget as HTMLDetailsElement).open)}>
            <summary>{t('historyTable')}</summary>
            {tableOpen && (
              <table class="history-table">
                <thead>
                  <tr>
                    <th scope="col">{t('historyDay')}</th>
                    <th scope="col">{t('historyRatingColumn')}</th>
                    <th scope="col">{t('historyStatusColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...ratings.days].reverse().map((day) => (
                    <tr key={day.day}>
                      <td>{formats.day.format(dayInstant(day.day))}</td>
                      <td>{day.rating ?? '–'}</td>
                      <td>{day.status ? t(ahrStatusKey(day.status)) : ''}</td>
                    </tr>
                  ))}
                  {[...ratings.months].reverse().map((month) => (
                    <tr key={month.month}>
                      <td>{t('historyMonth', month.month, String(month.days))}</td>
                      <td>
                        {month.min === null ? '–' : month.min === month.max ? month.min : `${month.min}–${month.max}`}
                      </td>
                      <td>{month.lastStatus ? t(ahrStatusKey(month.lastStatus)) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
        </>
      )}
      <PolicySection history={value?.policies} formatAt={(at) => formats.at.format(at)} />
      <NoticeSection
        notices={value?.notices}
        formatDay={(at) => formats.day.format(at)}
        formatAt={(at) => formats.at.format(at)}
      />
      <h3>{t('historyChanges')}</h3>
      {changes.length === 0 ? (
        <p class="muted">{t('historyNoChanges')}</p>
      ) : (
        <ol class="list history-changes" data-testid="history-changes">
          {[...changes].reverse().map((change) => (
            <li key={change.at} class="row" data-state={change.state ?? 'healthy'}>
              <time class="spacer" dateTime={new Date(change.at).toISOString()}>
                {formats.at.format(change.at)}
              </time>
              {change.summarized && (
                <span class="muted" data-testid="history-summarized">
                  {t('historySummarized', String(change.summarized))}
                </span>
              )}
              <StateWord state={change.state ?? 'healthy'} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
