import { ConfirmButton } from '@/components/ConfirmButton';
import { useI18n } from '@/components/I18n';
import { useFlash } from '@/components/useFlash';
import { useNow } from '@/components/useNow';
import { CHECKLISTS } from '@/lib/checklists/definitions';
import type { ResolvedMarket, Suggestion } from '@/lib/checklists/market';
import { type ChecklistProgress, countProgress, doneAt, isComplete } from '@/lib/checklists/progress';
import type { ChecklistId, ChecklistLanguagePack } from '@/lib/checklists/types';
import { checklistView } from '@/lib/checklists/view';
import { marketplaceHost } from '@/lib/marketplaces';
import { ChecklistExport } from './ChecklistExport';
import { ChecklistItemRow } from './ChecklistItemRow';

interface ChecklistPanelProps {
  readonly checklist: ChecklistId;
  readonly market: ResolvedMarket;
  readonly suggestion: Suggestion | null;
  readonly progress: ChecklistProgress;
  readonly storedLocally: boolean;
  readonly onSetDone: (itemId: string, done: boolean) => Promise<unknown>;
  readonly onReset: () => Promise<unknown>;
  readonly onOpenPoa: () => void;
  readonly pack: ChecklistLanguagePack;
}

/** One checklist on one marketplace: progress, its steps, export and reset. */
export function ChecklistPanel(props: ChecklistPanelProps) {
  const { checklist, market, suggestion, progress, storedLocally, onSetDone, onReset, onOpenPoa, pack } = props;
  const { t } = useI18n();
  const now = useNow();
  const [status, flash] = useFlash(6_000);
  const view = checklistView(checklist, pack, market.market.code);
  const { done, total } = countProgress(progress, CHECKLISTS[checklist]);
  const anyTicked = Object.keys(progress.done).length > 0;

  const toggle = (itemId: string, next: boolean) => {
    onSetDone(itemId, next).catch((error: unknown) => {
      console.error('[scc] saving checklist progress failed', error);
      flash(t('checklistsSaveFailed'));
    });
  };

  return (
    <section class="card checklist" aria-labelledby="checklist-heading" data-open-checklist={checklist}>
      <h2 id="checklist-heading">{view.title}</h2>
      {suggestion?.checklist === checklist && (
        <p class="muted suggested">{t('checklistsSuggested', marketplaceHost(suggestion.marketplace))}</p>
      )}
      <p>{view.intro}</p>
      <div class="progress-row">
        <progress
          max={total}
          value={done}
          aria-label={t('checklistsProgressLabel')}
          aria-describedby="checklist-progress-text"
        />
        <span id="checklist-progress-text" data-testid="checklist-progress">
          {t('checklistsProgress', done, total)}
        </span>
      </div>
      {storedLocally && (
        <p class="notice card" data-testid="progress-stored-locally">
          {t('checklistsStoredLocally')}
        </p>
      )}
      {isComplete(progress, CHECKLISTS[checklist]) && <p class="complete">{t('checklistsComplete')}</p>}
      <ul class="list check-items">
        {view.items.map((item) => (
          <ChecklistItemRow
            key={item.id}
            item={item}
            doneAt={doneAt(progress, item.id)}
            now={now}
            onToggle={(next) => toggle(item.id, next)}
            onOpenPoa={onOpenPoa}
          />
        ))}
      </ul>
      <ChecklistExport pack={pack} checklist={checklist} progress={progress} marketplace={market.market.code} />
      <div class="row reset-row">
        <ConfirmButton
          label={t('checklistsReset')}
          question={t('checklistsResetConfirm', market.market.host)}
          cancelLabel={t('cancel')}
          disabled={!anyTicked}
          onConfirm={async () => {
            try {
              await onReset();
              flash(t('checklistsResetDone'));
            } catch (error) {
              console.error('[scc] resetting checklist progress failed', error);
              flash(t('checklistsSaveFailed'));
            }
          }}
        />
      </div>
      <p role="status" class="flash">
        {status}
      </p>
    </section>
  );
}
