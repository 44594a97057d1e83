import { copyText } from '@/components/clipboard';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { useFlash } from '@/components/useFlash';
import { caseTextFrom } from '@/lib/cases/text';
import { checklistMarkdown, checklistMarkdownFileName } from '@/lib/checklists/markdown';
import type { ChecklistProgress } from '@/lib/checklists/progress';
import type { ChecklistId, ChecklistLanguagePack } from '@/lib/checklists/types';
import { downloadText } from '@/lib/download.dom';
import { ahrStatusKey, marketplaceStateKey } from '@/lib/i18n/state-labels';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { readMarketplaceHistory } from '../history/read-history';
import type { CaseTimeline } from './case-timeline';
import { loadCaseTimeline } from './load-case-timeline';

interface ChecklistExportProps {
  readonly checklist: ChecklistId;
  readonly progress: ChecklistProgress;
  readonly marketplace: MarketplaceCode;
  readonly pack: ChecklistLanguagePack;
}

/** A case store that cannot be read leaves the export without a timeline rather than without an export. */
const timelineOrNull = (marketplace: MarketplaceCode, topics: Parameters<typeof loadCaseTimeline>[1]) =>
  loadCaseTimeline(marketplace, topics).catch((error: unknown): CaseTimeline | null => {
    console.warn('[scc] case timeline left out of the export', error);
    return null;
  });

/** History that cannot be read leaves the export without it, and says so in the console. */
const historyOrNull = (marketplace: MarketplaceCode) =>
  readMarketplaceHistory(marketplace).catch((error: unknown) => {
    console.warn('[scc] account history left out of the export', error);
    return null;
  });

/**
 * The checklist with its progress as Markdown, copied or downloaded; with the marketplace's case
 * timeline and its account history (state changes, policy counts, notifications, rating
 * readings) when there are any.
 */
export function ChecklistExport({ checklist, progress, marketplace, pack }: ChecklistExportProps) {
  const { t, language } = useI18n();
  const [status, flash] = useFlash();
  // Read before the click: the clipboard wants the write inside the click, not after a storage read.
  const { topics } = caseTextFrom(t, language);
  const { value: timeline } = useLiveValue(() => timelineOrNull(marketplace, topics), undefined, [
    marketplace,
    language,
  ]);

  const { value: history } = useLiveValue(() => historyOrNull(marketplace), undefined, [marketplace]);
  const hasHistory =
    history != null &&
    (history.changes.length > 0 ||
      history.ratings.days.length > 0 ||
      history.ratings.months.length > 0 ||
      history.policies.latest !== null ||
      history.notices.notices.length > 0);

  const markdown = (generatedAt: number) =>
    checklistMarkdown({
      checklist,
      progress,
      language,
      pack,
      marketplace,
      generatedAt,
      ...(timeline && timeline.cases > 0 ? { timeline: timeline.entries } : {}),
      ...(hasHistory
        ? {
            history: {
              ...history,
              stateName: (state) => t(marketplaceStateKey(state ?? 'healthy')),
              statusName: (status) => t(ahrStatusKey(status)),
            },
          }
        : {}),
    });

  return (
    <fieldset class="checklist-export">
      <legend class="export-label">{t('checklistsExportLabel')}</legend>
      <div class="row">
        <button
          type="button"
          onClick={async () => flash(t((await copyText(markdown(Date.now()))) ? 'copied' : 'copyFailed'))}
        >
          {t('checklistsCopyMarkdown')}
        </button>
        <button
          type="button"
          onClick={() => {
            const now = Date.now();
            downloadText(checklistMarkdownFileName(checklist, marketplace, now), markdown(now), 'text/markdown');
          }}
        >
          {t('checklistsDownloadMarkdown')}
        </button>
      </div>
      {timeline && timeline.cases > 0 && (
        <p class="muted" data-testid="export-timeline">
          {t('checklistsExportTimeline', timeline.cases)}
        </p>
      )}
      <p role="status" class="flash">
        {status}
      </p>
    </fieldset>
  );
}
