import { useI18n } from '@/components/I18n';

export function RemovalTab() {
  const { t } = useI18n();
  return (
    <section>
      <p>{t('removalIntro')}</p>
      <ul class="list">
        <li data-eligibility="cancellable">{t('removalRuleCancellable')}</li>
        <li data-eligibility="cancellable-unconfirmed">{t('removalRuleProcessing')}</li>
        <li data-eligibility="not-cancellable">{t('removalRuleFinal')}</li>
      </ul>
      <p class="card">{t('removalRuleDisposal')}</p>
    </section>
  );
}
