import { useState } from 'preact/hooks';
import { ChoiceSelect } from '@/components/ChoiceSelect';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { NewerVersionNote } from '@/components/NewerVersionNote';
import { useLiveValue } from '@/components/useAsync';
import { useNewerVersion } from '@/components/useNewerVersion';
import { languageName } from '@/lib/lang/languages';
import { LANGUAGE_SETTINGS, type LanguageSetting, settingsItem } from '@/lib/storage/items/settings';

export function LanguageSection() {
  const { t } = useI18n();
  const { value: settings } = useLiveValue(settingsItem.get, settingsItem.watch);
  const [saved, setSaved] = useState(false);
  // Settings a newer version saved stay as they are: shown, not editable here.
  const newer = useNewerVersion(settingsItem);
  if (!settings) return null;
  const choose = async (language: LanguageSetting) => {
    await settingsItem.update((current) => ({ ...current, language }));
    setSaved(true);
  };
  return (
    <section class="card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('optionsLanguageHeading')}</h2>
      {newer && <NewerVersionNote />}
      <Field id="language" label={t('optionsLanguageLabel')}>
        {(control) => (
          <div class="row">
            <ChoiceSelect
              {...control}
              value={settings.language}
              disabled={newer}
              choices={LANGUAGE_SETTINGS}
              labelOf={(language) => (language === 'auto' ? t('optionsLanguageAuto') : languageName(language))}
              onChange={(language) => void choose(language)}
            />
            <span role="status" class="muted">
              {saved ? t('optionsSaved') : ''}
            </span>
          </div>
        )}
      </Field>
    </section>
  );
}
