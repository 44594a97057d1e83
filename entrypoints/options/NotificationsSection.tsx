import { useI18n } from '@/components/I18n';
import { NewerVersionNote } from '@/components/NewerVersionNote';
import { notifiesOf } from '@/lib/account-health/changes';
import { useSettings } from './useSettings';

type NotifySetting = 'notifyNewStates' | 'notifyRatingDrops' | 'notifyPolicyRises';

/**
 * Which changes for the worse become system notifications (issue #18): a new account state (on
 * unless turned off), a policy's count going up and the rating falling below 200 or 100 (off
 * unless turned on). The popup and the badge say all of them either way.
 */
export function NotificationsSection() {
  const { t } = useI18n();
  const { settings, newer, saved, change } = useSettings();
  if (!settings) return null;
  const choose = (setting: NotifySetting, on: boolean) => change({ [setting]: on });
  const rows = [
    ['notifyNewStates', 'state', t('optionsNotifyNewStates')],
    ['notifyPolicyRises', 'policy', t('optionsNotifyPolicyRises')],
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
