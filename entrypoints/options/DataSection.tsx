import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { downloadText } from '@/lib/download.dom';
import { storedItemLabel } from '@/lib/i18n/stored-item-label';
import { STORED_ITEMS } from '@/lib/storage/items';
import { newerValues } from '@/lib/storage/newer-values';
import {
  discardQuarantined,
  listQuarantine,
  type QuarantineEntry,
  quarantineExport,
  watchQuarantine,
} from '@/lib/storage/quarantine';
import { takeSnapshot } from '@/lib/storage/snapshot';
import { measureArea } from '@/lib/storage/usage';
import { watchStorage } from '@/lib/storage/watch';

const measureBoth = () => Promise.all([measureArea('sync'), measureArea('local')]);
const watchEverything = (changed: () => void) => watchStorage(() => changed());
const readNewer = async () => newerValues(await takeSnapshot(), STORED_ITEMS);

export function DataSection() {
  const { t, language } = useI18n();
  const usage = useLiveValue(measureBoth, watchEverything);
  const { value: quarantine } = useLiveValue(listQuarantine, watchQuarantine);
  const { value: newer } = useLiveValue(readNewer, watchEverything);
  const number = new Intl.NumberFormat(language);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  /** "3% full", "almost empty", "nearly full": what a seller needs; the bytes are one click away. */
  const usageInWords = (bytes: number, quota: number): string => {
    const share = quota > 0 ? bytes / quota : 0;
    if (share < 0.01) return t('storageAlmostEmpty');
    if (share >= 0.9) return t('storageNearlyFull', percent.format(share));
    return t('storageShareUsed', percent.format(share));
  };
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
          <p>{usageInWords(area.bytes, area.quota)}</p>
          <details class="muted">
            <summary>{t('storageExactSummary')}</summary>
            <p>
              {t('storageUsage', number.format(area.bytes), number.format(area.quota), number.format(area.percent))}
            </p>
          </details>
        </div>
      ))}
      <h3>{t('storageNewerHeading')}</h3>
      {newer && (
        <div data-testid="newer-values" data-count={newer.length}>
          <p>{newer.length === 0 ? t('storageNewerNone') : t('storageNewerCount', number.format(newer.length))}</p>
          {newer.length > 0 && (
            <ul class="list">
              {newer.map((value) => (
                <li key={value.key} data-newer-item={value.key}>
                  {storedItemLabel(t, value.key)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h3>{t('quarantineHeading')}</h3>
      <p class="muted">{t('quarantineIntro')}</p>
      {quarantine && quarantine.length === 0 && <p data-testid="quarantine-empty">{t('quarantineEmpty')}</p>}
      <ul class="list" data-testid="quarantine-list">
        {quarantine?.map((entry) => (
          <li key={entry.id} data-quarantine-item={entry.item}>
            <p>{t('quarantineFrom', storedItemLabel(t, entry.item), date.format(entry.at))}</p>
            <details>
              <summary>{t('quarantineTechnical')}</summary>
              <pre>{entry.reason}</pre>
            </details>
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
