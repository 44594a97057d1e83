import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { NewerVersionNote } from '@/components/NewerVersionNote';
import { useNewerVersion } from '@/components/useNewerVersion';
import { clampFollowUpHours, FOLLOW_UP_HOURS } from '@/lib/cases/follow-up';
import { settingsItem } from '@/lib/storage/items/settings';

/** How long to wait after the last message sent before a follow-up is due (24–96 hours). */
export function FollowUpSetting({ hours }: { readonly hours: number }) {
  const { t } = useI18n();
  const [value, setValue] = useState(String(hours));
  const [saved, setSaved] = useState('');
  // Settings a newer version saved stay as they are: shown, not editable here.
  const newer = useNewerVersion(settingsItem);
  const save = async (event: Event) => {
    event.preventDefault();
    const next = clampFollowUpHours(Number(value));
    setValue(String(next));
    await settingsItem.update((settings) => ({ ...settings, followUpHours: next }));
    setSaved(t('casesFollowUpSaved', next));
  };
  return (
    <form class="case-form card" onSubmit={save} data-testid="follow-up-setting">
      {newer && <NewerVersionNote />}
      <Field
        id="follow-up-hours"
        label={t('casesFollowUpHours')}
        hint={t('casesFollowUpHoursHelp', FOLLOW_UP_HOURS.min, FOLLOW_UP_HOURS.max)}
      >
        {(control) => (
          <div class="row">
            <input
              {...control}
              type="number"
              min={FOLLOW_UP_HOURS.min}
              max={FOLLOW_UP_HOURS.max}
              step={1}
              value={value}
              style={{ width: '6em' }}
              disabled={newer}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
            <button type="submit" disabled={newer}>
              {t('casesSave')}
            </button>
            <span role="status" class="muted">
              {saved}
            </span>
          </div>
        )}
      </Field>
    </form>
  );
}
