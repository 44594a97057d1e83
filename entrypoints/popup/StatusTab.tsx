import { useI18n } from '@/components/I18n';
import type { ChecklistId } from '@/lib/checklists/types';
import { PAGE_KIND_LABEL } from '@/lib/i18n/page-kind-labels';
import { relativeTime } from '@/lib/i18n/relative-time';
import { marketplaceHost } from '@/lib/marketplaces';
import type { TabStatus } from '@/lib/messaging';
import { MarketplaceStates } from './MarketplaceStates';

interface StatusTabProps {
  readonly subject: { value: { tabId: number | null; status: TabStatus | null } | undefined; error: unknown };
  readonly onOpenChecklist: (id: ChecklistId) => void;
}

export function StatusTab({ subject, onOpenChecklist }: StatusTabProps) {
  return (
    <>
      <ThisTab subject={subject} />
      <MarketplaceStates onOpenChecklist={onOpenChecklist} />
    </>
  );
}

function ThisTab({ subject }: Pick<StatusTabProps, 'subject'>) {
  const { t, language } = useI18n();
  const { value, error } = subject;
  if (error !== undefined) return <p>{t('statusNotSellerCentral')}</p>;
  if (!value) return <p class="muted">{t('statusLoading')}</p>;
  const status = value.status;
  if (!status) return <p data-testid="status-not-sc">{t('statusNotSellerCentral')}</p>;
  return (
    <section class="card" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('statusThisTab')}</h2>
      <dl class="facts" data-testid="status-facts">
        <dt>{t('statusMarketplace')}</dt>
        <dd data-testid="status-host">{`${marketplaceHost(status.marketplace)} (${status.marketplace})`}</dd>
        <dt>{t('statusPage')}</dt>
        <dd data-testid="status-kind" data-kind={status.kind}>
          {t(PAGE_KIND_LABEL[status.kind])}
        </dd>
        <dt>{t('statusSeen')}</dt>
        <dd>{relativeTime(status.at, Date.now(), language)}</dd>
      </dl>
    </section>
  );
}
