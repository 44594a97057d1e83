import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { GarbageReason, ReportError, ReportResult, ReportSuccess } from '@/lib/removal/report-parser';
import { ReportTable } from './ReportTable';

type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly name: string }
  | { readonly phase: 'done'; readonly name: string; readonly result: ReportResult };

const GARBAGE_KEY: Readonly<Record<GarbageReason, MessageKey>> = {
  'field-count': 'removalGarbage_fieldCount',
  'no-order-id': 'removalGarbage_noOrderId',
  'bad-number': 'removalGarbage_badNumber',
  'broken-quotes': 'removalGarbage_brokenQuotes',
};

const FILE_KIND_KEY: Readonly<Record<string, MessageKey>> = {
  image: 'removalFileKind_image',
  pdf: 'removalFileKind_pdf',
  spreadsheet: 'removalFileKind_spreadsheet',
  archive: 'removalFileKind_archive',
  html: 'removalFileKind_html',
  binary: 'removalFileKind_binary',
};

const megabytes = (bytes: number) => Math.max(1, Math.round(bytes / 1048576));

export function describeImportError(error: ReportError, t: Translate): string {
  switch (error.kind) {
    case 'missing-columns':
      return t('removalImportErrorMissingColumns', error.columns.join(', '));
    case 'wrong-type':
      return error.detected === 'not-a-report'
        ? t('removalImportErrorNotReport')
        : t('removalImportErrorWrongType', t(FILE_KIND_KEY[error.detected] ?? 'removalFileKind_binary'));
    case 'too-large':
      return t('removalImportErrorTooLarge', megabytes(error.bytes), megabytes(error.limit));
    case 'empty':
      return t('removalImportErrorEmpty');
    case 'unreadable':
      return t('removalImportErrorUnreadable', error.message);
  }
}

/** True when this page is the popup opened in a tab, where a file picker never closes it. */
function useInTab(): boolean | null {
  const [inTab, setInTab] = useState<boolean | null>(null);
  useEffect(() => {
    browser.tabs.getCurrent().then(
      (tab) => setInTab(tab !== undefined),
      () => setInTab(null),
    );
  }, []);
  return inTab;
}

/**
 * The Removal Order Detail report, read in the popup: nothing leaves the browser. The parser
 * (papaparse) loads only when a file is chosen, so opening the popup never pays for it.
 */
export function ReportImportSection() {
  const { t } = useI18n();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const inTab = useInTab();

  const read = async (file: File) => {
    setState({ phase: 'reading', name: file.name });
    const { parseRemovalReport } = await import('@/lib/removal/report-parser');
    setState({ phase: 'done', name: file.name, result: await parseRemovalReport(file) });
  };

  return (
    <section class="removal-section" aria-labelledby="removal-import-heading">
      <h2 id="removal-import-heading">{t('removalImportTitle')}</h2>
      <p class="muted">{t('removalImportHelp')}</p>
      <div class="removal-file">
        <label for="removal-report-file">{t('removalImportButton')}</label>
        <input
          id="removal-report-file"
          type="file"
          accept=".txt,.tsv,.csv,text/plain,text/csv,text/tab-separated-values"
          data-testid="removal-report-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void read(file);
          }}
        />
      </div>
      {inTab === false && (
        <p class="muted removal-hint">
          {t('removalOpenInTabHint')}{' '}
          <button
            type="button"
            onClick={() => void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}#removal` })}
          >
            {t('removalOpenInTab')}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite" data-testid="removal-import-status">
        {state.phase === 'reading' && <p>{t('removalImportReading', state.name)}</p>}
        {state.phase === 'done' && !state.result.ok && (
          <p class="card notice" data-testid="removal-import-error" data-error={state.result.error.kind}>
            {describeImportError(state.result.error, t)}
          </p>
        )}
        {state.phase === 'done' && state.result.ok && <ImportSummary name={state.name} result={state.result} />}
      </div>
      {state.phase === 'done' && state.result.ok && <ReportTable orders={state.result.orders} />}
    </section>
  );
}

function ImportSummary({ name, result }: { readonly name: string; readonly result: ReportSuccess }) {
  const { t } = useI18n();
  const unlisted = result.garbage.count - result.garbage.listed.length;
  return (
    <div data-testid="removal-import-summary">
      <p>{t('removalImportSummary', name, result.orders.length, result.rows)}</p>
      {result.garbage.count > 0 && (
        <div class="card notice" data-testid="removal-import-garbage" data-count={result.garbage.count}>
          <p>{t('removalImportGarbage', result.garbage.count)}</p>
          <ul class="removal-garbage">
            {result.garbage.listed.map((row) => (
              <li key={row.line}>{t('removalGarbageLine', row.line, t(GARBAGE_KEY[row.reason]))}</li>
            ))}
          </ul>
          {unlisted > 0 && <p>{t('removalImportGarbageMore', unlisted)}</p>}
        </div>
      )}
      {result.duplicateLines > 0 && <p class="muted">{t('removalImportDuplicates', result.duplicateLines)}</p>}
      {result.absentColumns.length > 0 && (
        <p class="muted">{t('removalImportAbsent', result.absentColumns.join(', '))}</p>
      )}
    </div>
  );
}
