import type { VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { DisposalDraft } from '@/lib/removal/disposal-draft';
import type { ReportOutcome, ReportOverview } from '@/lib/removal/report-import-protocol';
import type { GarbageReason, ReportError, ReportProgress } from '@/lib/removal/report-parser';
import { FIRST_PAGE, ReportTable } from './ReportTable';
import { type ReportImport, startReportImport } from './report-import-client';
import { formatAmount } from './text';

type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly name: string; readonly progress: ReportProgress | null }
  | { readonly phase: 'stopped'; readonly name: string }
  | { readonly phase: 'done'; readonly name: string; readonly outcome: ReportOutcome };

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
 * The Removal Order Detail report, read by a worker started from the popup: nothing leaves the
 * browser. The parser (papaparse) lives in the worker, so opening the popup never pays for it,
 * and a large file never freezes the popup while it is read.
 */
export function ReportImportSection({ onTrackDisposal }: { readonly onTrackDisposal: (draft: DisposalDraft) => void }) {
  const { t, language } = useI18n();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef<ReportImport | null>(null);
  const inTab = useInTab();
  useEffect(() => () => running.current?.stop(), []);

  const read = async (file: File) => {
    running.current?.stop();
    setState({ phase: 'reading', name: file.name, progress: null });
    const current = startReportImport(file, FIRST_PAGE, (progress) =>
      setState((now) => (now.phase === 'reading' && running.current === current ? { ...now, progress } : now)),
    );
    running.current = current;
    // The first amount formatted builds the number tables of the language (15-19 ms): done while
    // the worker reads, not in the task that draws the first rows.
    setTimeout(() => formatAmount(language, 0, 'USD'), 0);
    const outcome = await current.outcome;
    if (running.current === current) setState({ phase: 'done', name: file.name, outcome });
  };

  const stop = (name: string) => {
    running.current?.stop();
    running.current = null;
    setState({ phase: 'stopped', name });
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
            // Cleared, so that choosing the same file again (after stopping) reads it again.
            event.currentTarget.value = '';
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
        {state.phase === 'reading' && (
          <ImportProgress name={state.name} progress={state.progress} onStop={() => stop(state.name)} />
        )}
        {state.phase === 'stopped' && (
          <p data-testid="removal-import-stopped">{t('removalImportStopped', state.name)}</p>
        )}
        {state.phase === 'done' && !state.outcome.ok && (
          <p class="card notice" data-testid="removal-import-error" data-error={state.outcome.error.kind}>
            {describeImportError(state.outcome.error, t)}
          </p>
        )}
        {state.phase === 'done' && state.outcome.ok && (
          <ImportSummary name={state.name} overview={state.outcome.overview} />
        )}
      </div>
      {state.phase === 'done' && state.outcome.ok && running.current && (
        <LaterTask>
          <ReportTable
            firstPage={state.outcome.firstPage}
            loadPage={running.current.page}
            totals={state.outcome.overview.totals}
            onTrackDisposal={onTrackDisposal}
          />
        </LaterTask>
      )}
    </section>
  );
}

/**
 * Draws its children one task after it first appears: the summary of a 200,000-row import and
 * the table beneath it, drawn in the same task, held a busy popup over 50 ms.
 */
function LaterTask({ children }: { readonly children: VNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready ? children : null;
}

/** The file's share read so far, as a bar and in words; rows are counted as they are read. */
function ImportProgress({
  name,
  progress,
  onStop,
}: {
  readonly name: string;
  readonly progress: ReportProgress | null;
  readonly onStop: () => void;
}) {
  const { t, language } = useI18n();
  const percent = progress && progress.total > 0 ? Math.floor((progress.read / progress.total) * 100) : 0;
  return (
    <div class="removal-progress" data-testid="removal-import-progress" data-rows={progress?.rows ?? 0}>
      <p>{t('removalImportReading', name)}</p>
      <progress max={100} value={percent} aria-label={t('removalImportProgressLabel')} />
      <p class="muted">
        {t('removalImportProgress', new Intl.NumberFormat(language).format(progress?.rows ?? 0), percent)}
      </p>
      <button type="button" data-testid="removal-import-stop" onClick={onStop}>
        {t('removalImportStop')}
      </button>
    </div>
  );
}

function ImportSummary({ name, overview: result }: { readonly name: string; readonly overview: ReportOverview }) {
  const { t } = useI18n();
  const unlisted = result.garbage.count - result.garbage.listed.length;
  return (
    <div data-testid="removal-import-summary">
      <p>{t('removalImportSummary', name, result.orderCount, result.rows)}</p>
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
