import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { sellerCentralUrl } from '@/lib/marketplaces';

export function CasesTab({ host }: { readonly host: string | null }) {
  const { t } = useI18n();
  return (
    <section>
      <p>{t('casesIntro')}</p>
      <p class="card">{t('casesFollowUpRule')}</p>
      {host ? (
        <button
          type="button"
          class="primary"
          onClick={() => void browser.tabs.create({ url: sellerCentralUrl(host, '/cu/case-lobby') })}
        >
          {t('casesOpenCaseLog', host)}
        </button>
      ) : (
        <p class="muted">{t('casesNoMarketplace')}</p>
      )}
    </section>
  );
}
