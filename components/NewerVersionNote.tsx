import { useI18n } from './I18n';

/** Said wherever a value a newer version of the extension saved is shown read-only. */
export function NewerVersionNote() {
  const { t } = useI18n();
  return (
    <p class="notice newer-version" data-testid="newer-version">
      {t('newerVersionNotice')}
    </p>
  );
}
