import { useState } from 'preact/hooks';
import { hasSellerCentralAccess, requestSellerCentralAccess, watchSellerCentralAccess } from '@/lib/host-access';
import { useI18n } from './I18n';
import { useLiveValueAfterPaint } from './useAsync';

/** Shown only while the companion may not read Seller Central pages (Firefox lets a seller turn that off). */
export function HostAccessNotice() {
  const { t } = useI18n();
  const { value: granted } = useLiveValueAfterPaint(hasSellerCentralAccess, watchSellerCentralAccess);
  const [refused, setRefused] = useState(false);
  if (granted !== false) return null;
  const allow = () => {
    void requestSellerCentralAccess().then(
      (given) => setRefused(!given),
      () => setRefused(true),
    );
  };
  return (
    <section class="card notice" data-testid="host-access-notice" aria-labelledby="host-access-heading">
      <h2 id="host-access-heading">{t('hostAccessHeading')}</h2>
      <p>{t('hostAccessExplain')}</p>
      <button type="button" onClick={allow}>
        {t('hostAccessAllow')}
      </button>
      {refused && (
        <p role="status" data-testid="host-access-refused">
          {t('hostAccessRefused')}
        </p>
      )}
    </section>
  );
}
