import { storedItemLabel } from '@/lib/i18n/stored-item-label';
import { dismissNotice, listNotices, watchNotices } from '@/lib/storage/notices';
import { useI18n } from './I18n';
import { useLiveValueAfterPaint } from './useAsync';

/** Storage problems the seller must know about: a sync fallback or a value set aside. */
export function Notices() {
  const { t } = useI18n();
  const { value: notices } = useLiveValueAfterPaint(listNotices, watchNotices);
  if (!notices?.length) return null;
  return (
    <section aria-live="polite">
      {notices.map((notice) => (
        <div class="card notice row" key={notice.id} role="status" data-notice-item={notice.item}>
          <p class="spacer">
            {t(
              notice.kind === 'sync-fallback' ? 'noticeSyncFallback' : 'noticeQuarantined',
              storedItemLabel(t, notice.item),
            )}
          </p>
          <button type="button" onClick={() => void dismissNotice(notice.id)}>
            {t('noticeDismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
