import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { NewerVersionNote } from '@/components/NewerVersionNote';
import { useLiveValue } from '@/components/useAsync';
import { useNewerVersion } from '@/components/useNewerVersion';
import { notifiesOf } from '@/lib/account-health/changes';
import { type Settings, settingsItem } from '@/lib/storage/items/settings';

type NotifySetting = 'notifyNewStates' | 'notifyRatingDrops';

/**
 * Which changes for the worse become system notifications (issue #18): a new account state (on
 * unless turned off), the rating falling below 200 or 100 (off unless turned on). The popup and
 * the badge say both either way.
 */
export function NotificationsSection() {
  const { t } = useI18n();
  const { value: settings } = useLiveValue(settingsItem.get, settingsItem.watch);
  const [saved, setSaved] = useState(false);
  const newer = useNewerVersion(settingsItem);
  if (!settings) return null;
  const choose = async (setting: NotifySetting, on: boolean) => {
    await settingsItem.update((current): Settings => ({ ...current, [setting]: on }));
    setSaved(true);
  };
  const rows = [
    ['notifyNewStates', 'state', t('optionsNotifyNewStates')],
    ['notifyRatingDrops', 'rating', t('optionsNotifyRatingDrops')],
  ] as const;
  return (
    <section class="card" aria-labelledby="notify-heading">
      <h2 id="notify-heading">{t('optionsNotifyHeading')}</h2>
      {newer && <NewerVersionNote />}
      {rows.map(([setting, kind, label]) => (
        <label key={setting} class="check">
          <input
            type="checkbox"
            data-testid={setting}
            checked={notifiesOf(settings, kind)}
            disabled={newer}
            onChange={(event) => void choose(setting, event.currentTarget.checked)}
          />
          {label}
        </label>
      ))}
      <p role="status" class="muted">
        {saved ? t('optionsSaved') : ''}
      </p>
    </section>
  );
}
