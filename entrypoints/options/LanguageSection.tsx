import { ChoiceSelect } from '@/components/ChoiceSelect';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { NewerVersionNote } from '@/components/NewerVersionNote';
import { languageName } from '@/lib/lang/languages';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '@/lib/storage/items/settings';
import { useSettings } from './useSettings';

export function LanguageSection() {
  const { t } = useI18n();
  const { settings, newer, saved, change } = useSettings();
  if (!settings) return null;
  const choose = (language: LanguageSetting) => change({ language });
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
