import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import type { CaseDetail } from '@/lib/cases/model';
import { SYNC_QUOTA } from '@/lib/cases/sync-budget';

/** Bytes of a case's notes and log as they are stored (UTF-8 JSON). */
export function notesAndLogBytes(detail: CaseDetail | null | undefined): number {
  if (!detail || (detail.notes === '' && detail.log.length === 0)) return 0;
  return new TextEncoder().encode(JSON.stringify({ notes: detail.notes, log: detail.log })).length;
}

/**
 * Says, with this case's own size, that its notes and log stay in this browser, why (the synced
 * space every browser shares is small and per item smaller still), and how to take them to another
 * browser without losing any: a backup, whose import merges.
 */
export function LocalOnlyNotice({ detail }: { readonly detail: CaseDetail | null | undefined }) {
  const { t, language } = useI18n();
  const bytes = notesAndLogBytes(detail);
  // "171 bytes", "3.4 kB": a byte count spelled out, kilobytes in their short form.
  const size = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: bytes < 1024 ? 'byte' : 'kilobyte',
    unitDisplay: bytes < 1024 ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(bytes < 1024 ? bytes : bytes / 1024);
  const kilobytes = (value: number) =>
    new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(value / 1024);
  return (
    <section
      class="card notice case-local"
      aria-labelledby="case-local-heading"
      data-testid="case-local-notice"
      data-bytes={bytes}
    >
      <h3 id="case-local-heading">{t('casesLocalTitle')}</h3>
      <p>{bytes === 0 ? t('casesLocalEmpty') : t('casesLocalSize', size)}</p>
      <p class="muted">{t('casesLocalWhy', kilobytes(SYNC_QUOTA.totalBytes), kilobytes(SYNC_QUOTA.itemBytes))}</p>
      <p class="muted">
        {t('casesLocalCarry')}{' '}
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#backup` })}
        >
          {t('casesLocalOpenBackup')}
        </button>
      </p>
    </section>
  );
}
