import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { LazyPanel } from '@/components/LazyPanel';
import { useEarlyValue, useLiveValueAfterPaint } from '@/components/useAsync';
import { marketplaceStateOf } from '@/lib/account-state/marketplace-state';
import type { LastKnownState } from '@/lib/account-state/schemas';
import type { ChecklistId } from '@/lib/checklists/types';
import { PAGE_KIND_LABEL } from '@/lib/i18n/page-kind-labels';
import { relativeTime } from '@/lib/i18n/relative-time';
import { firstStepKey } from '@/lib/i18n/state-labels';
import type { MarketplaceCode } from '@/lib/marketplaces';
import type { TabStatus } from '@/lib/messaging';
import { lastKnownStates } from '@/lib/storage/items/account-state';
import { DeadlineDate, type DeadlineViews, loadDeadlineViews } from './DeadlineDate';
import { MarketplaceLabel } from './MarketplaceLabel';
import { MarketplaceStates, statesRead } from './MarketplaceStates';
import { StateWord } from './StateWord';

interface StatusTabProps {
  readonly subject: { value: { tabId: number | null; status: TabStatus | null } | undefined; error: unknown };
  readonly onOpenChecklist: (id: ChecklistId) => void;
}

// What changed since the last visit loads only when the badge counts something unseen.
const loadNews = async () =>
  (await browser.action.getBadgeText({})) ? (await import('./ChangesCard')).ChangesCard : null;

// A marketplace's history (its chart and tables): its code is fetched in the task after the
// marketplaces are drawn, so opening one waits for its readings only, not for a round trip to
// the extension's files (the popup's first screen never waits for it).
const loadHistoryModule = () => import('./history/HistoryView');
const loadHistory = () => loadHistoryModule().then((m) => m.HistoryView);
const prefetchHistoryView = () => void loadHistory().catch(() => undefined);

/**
 * The seller's home: the tab in front first (where it is, how the account stands there, what to
 * do), then every marketplace; a marketplace's history takes the tab's place until the seller goes back.
 */
export function StatusTab({ subject, onOpenChecklist }: StatusTabProps) {
  const { t, language } = useI18n();
  const { value: states } = useEarlyValue(statesRead, lastKnownStates.watchAll);
  const { value: News } = useLiveValueAfterPaint(loadNews);
  // Below the states in importance: read once those are on screen.
  const { value: due } = useLiveValueAfterPaint(() => loadDeadlineViews(language, states), undefined, [
    language,
    states,
  ]);
  const [historyOf, setHistoryOf] = useState<MarketplaceCode | null>(null);
  const openHistory = (marketplace: MarketplaceCode) => {
    // Its readings are asked for now: the round trip runs while the view's first frame is drawn.
    void loadHistoryModule()
      .then((m) => m.startHistoryRead(marketplace))
      .catch(() => undefined);
    setHistoryOf(marketplace);
  };
  const anyMarketplace = (states?.length ?? 0) > 0;
  useEffect(() => {
    if (!anyMarketplace) return;
    const handle = setTimeout(prefetchHistoryView);
    return () => clearTimeout(handle);
  }, [anyMarketplace]);
  if (historyOf)
    return (
      <LazyPanel
        load={loadHistory}
        props={{ marketplace: historyOf, onBack: () => setHistoryOf(null) }}
        fallback={t('statusLoading')}
      />
    );
  return (
    <>
      {News && <News />}
      <ThisTab subject={subject} states={states} deadlines={due} />
      {states && (
        <MarketplaceStates
          states={states}
          deadlines={due}
          onOpenChecklist={onOpenChecklist}
          onOpenHistory={openHistory}
        />
      )}
    </>
  );
}

interface ThisTabProps extends Pick<StatusTabProps, 'subject'> {
  readonly states: readonly LastKnownState[] | undefined;
  readonly deadlines: DeadlineViews | undefined;
}

function ThisTab({ subject, states, deadlines: due }: ThisTabProps) {
  const { t, language } = useI18n();
  const { value, error } = subject;
  if (error !== undefined) return <p>{t('statusNotSellerCentral')}</p>;
  if (!value) return <p class="muted">{t('statusLoading')}</p>;
  const status = value.status;
  if (!status) return <p data-testid="status-not-sc">{t('statusNotSellerCentral')}</p>;
  const record = states?.find((s) => s.marketplace === status.marketplace);
  const shown = marketplaceStateOf(record);
  const deadline = due?.get(status.marketplace);
  return (
    <section class="card" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('statusThisTab')}</h2>
      <dl class="facts" data-testid="status-facts">
        <dt>{t('statusMarketplace')}</dt>
        <dd data-testid="status-marketplace">
          <MarketplaceLabel code={status.marketplace} />
        </dd>
        <dt>{t('statusAccountState')}</dt>
        <dd data-testid="status-state" data-state={shown}>
          <StateWord state={shown} />
        </dd>
        <dt>{t('statusPage')}</dt>
        <dd data-testid="status-kind" data-kind={status.kind}>
          {t(PAGE_KIND_LABEL[status.kind])}
        </dd>
        <dt>{t('statusSeen')}</dt>
        <dd>{relativeTime(status.at, Date.now(), language)}</dd>
        {record?.state && (
          <>
            <dt>{t('statusNextStep')}</dt>
            <dd data-testid="status-next-step">{t(firstStepKey(record.state))}</dd>
          </>
        )}
        {deadline && (
          <>
            <dt>{t('overlay_deadline')}</dt>
            <dd data-testid="status-deadline">
              <DeadlineDate deadline={deadline} />
            </dd>
          </>
        )}
      </dl>
      {record?.state && record.quote && (
        <blockquote class="notice-quote" dir="auto" data-testid="status-quote">
          {record.quote}
        </blockquote>
      )}
    </section>
  );
}
