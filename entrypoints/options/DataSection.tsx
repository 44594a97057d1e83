import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { downloadText } from '@/lib/download.dom';
import {
  discardQuarantined,
  listQuarantine,
  type QuarantineEntry,
  quarantineExport,
  watchQuarantine,
} from '@/lib/storage/quarantine';
import { measureArea } from '@/lib/storage/usage';
import { watchStorage } from '@/lib/storage/watch';

const measureBoth = () => Promise.all([measureArea('sync'), measureArea('local')]);
const watchEverything = (changed: () => void) => watchStorage(() => changed());

export function DataSection() {
  const { t, language } = useI18n();
  const usage = useLiveValue(measureBoth, watchEverything);
  const { value: quarantine } = useLiveValue(listQuarantine, watchQuarantine);
  const number = new Intl.NumberFormat(language);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const exportEntry = (entry: QuarantineEntry) =>
    downloadText(`seller-central-companion-quarantine-${entry.id}.json`, quarantineExport(entry), 'application/json');
  const discard = (entry: QuarantineEntry) => {
    if (window.confirm(t('quarantineDiscardConfirm'))) void discardQuarantined(entry.id);
  };
  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <p>{t('optionsStorageIntro')}</p>
      {usage.error !== undefined && <p>{t('storageUnknown')}</p>}
      {usage.value?.map((area) => (
        <div key={area.area} data-storage-area={area.area}>
          <h3>{area.area === 'sync' ? t('storageSync') : t('storageLocal')}</h3>
          <meter
            min={0}
            max={area.quota}
            value={area.bytes}
            aria-label={area.area === 'sync' ? t('storageSync') : t('storageLocal')}
          />
          <p class="muted">
            {t('storageUsage', number.format(area.bytes), number.format(area.quota), number.format(area.percent))}
          </p>
        </div>
      ))}
      <h3>{t('quarantineHeading')}</h3>
      <p class="muted">{t('quarantineIntro')}</p>
      {quarantine && quarantine.length === 0 && <p data-testid="quarantine-empty">{t('quarantineEmpty')}</p>}
      <ul class="list" data-testid="quarantine-list">
        {quarantine?.map((entry) => (
          <li key={entry.id} data-quarantine-item={entry.item}>
            <p>{t('quarantineFrom', entry.item, date.format(entry.at))}</p>
            <pre>{entry.reason}</pre>
            <div class="row">
              <button type="button" onClick={() => exportEntry(entry)}>
                {t('quarantineExport')}
              </button>
              <button type="button" onClick={() => discard(entry)}>
                {t('quarantineDiscard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
