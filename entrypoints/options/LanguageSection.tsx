import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { LANGUAGE_SETTINGS, type LanguageSetting, settingsItem } from '@/lib/storage/items';

export function LanguageSection() {
  const { t } = useI18n();
  const { value: settings } = useLiveValue(settingsItem.get, settingsItem.watch);
  const [saved, setSaved] = useState(false);
  if (!settings) return null;
  const choose = async (language: LanguageSetting) => {
    await settingsItem.update((current) => ({ ...current, language }));
    setSaved(true);
  };
  return (
    <section class="card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('optionsLanguageHeading')}</h2>
      <label for="language">{t('optionsLanguageLabel')}</label>
      <div class="row">
        <select
          id="language"
          value={settings.language}
          onChange={(event) => void choose((event.currentTarget as HTMLSelectElement).value as LanguageSetting)}
        >
          {LANGUAGE_SETTINGS.map((language) => (
            <option key={language} value={language}>
              {language === 'auto' ? t('optionsLanguageAuto') : t(`language_${language}`)}
            </option>
          ))}
        </select>
        <span role="status" class="muted">
          {saved ? t('optionsSaved') : ''}
        </span>
      </div>
    </section>
  );
}
