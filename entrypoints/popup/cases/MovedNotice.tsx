import { useI18n } from '@/components/I18n';
import { useLiveValueAfterPaint } from '@/components/useAsync';
import { casesMovedItem } from '@/lib/storage/items/cases';

/** Cases moved out of a nearly full sync area stay on this computer only: the seller must know which. */
export function MovedNotice() {
  const { t } = useI18n();
  const { value: moved } = useLiveValueAfterPaint(casesMovedItem.get, casesMovedItem.watch);
  if (!moved || moved.ids.length === 0) return null;
  return (
    <div class="card notice row" role="status" data-testid="cases-moved-notice">
      <p class="spacer">{t('casesMovedNotice', moved.ids.length, moved.ids.join(', '))}</p>
      <button type="button" onClick={() => void casesMovedItem.set(null)}>
        {t('noticeDismiss')}
      </button>
    </div>
  );
}
