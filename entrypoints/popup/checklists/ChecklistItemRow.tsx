import { useI18n } from '@/components/I18n';
import type { ChecklistItemView } from '@/lib/checklists/view';
import { relativeTime } from '@/lib/i18n/relative-time';

interface ChecklistItemRowProps {
  readonly item: ChecklistItemView;
  /** When the item was ticked, or null. */
  readonly doneAt: number | null;
  readonly now: number;
  readonly onToggle: (done: boolean) => void;
  readonly onOpenPoa: () => void;
}

/** One step: checkbox and title, why it matters, when it was ticked, details, proof to keep, where to do it. */
export function ChecklistItemRow({ item, doneAt, now, onToggle, onOpenPoa }: ChecklistItemRowProps) {
  const { t, language } = useI18n();
  const checkId = `check-${item.id}`;
  const titleId = `check-title-${item.id}`;
  const whyId = `check-why-${item.id}`;
  const done = doneAt !== null;
  return (
    <li class={done ? 'check-item done' : 'check-item'} data-item={item.id} data-done={done ? 'true' : 'false'}>
      <div class="check-head">
        <input
          type="checkbox"
          id={checkId}
          checked={done}
          aria-describedby={whyId}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <label for={checkId} id={titleId} class="check-title">
          {item.title}
        </label>
      </div>
      <div class="check-body">
        <p id={whyId} class="muted">
          {item.why}
        </p>
        {doneAt !== null && (
          <p class="ticked">
            <time dateTime={new Date(doneAt).toISOString()} title={new Date(doneAt).toLocaleString(language)}>
              {t('checklistsTickedAt', relativeTime(doneAt, now, language))}
            </time>
          </p>
        )}
        {item.detail && (
          <details>
            <summary>{t('checklistsMore')}</summary>
            <p>{item.detail}</p>
          </details>
        )}
        {item.evidencePrompt && (
          <p class="evidence">
            <strong>{t('checklistsEvidence')}:</strong> {item.evidencePrompt}
          </p>
        )}
        {(item.url || item.workspace === 'poa') && (
          <div class="row">
            {item.url && (
              <a href={item.url} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
                {t('checklistsOpenPage')}
              </a>
            )}
            {item.workspace === 'poa' && (
              <button type="button" onClick={onOpenPoa}>
                {t('checklistsOpenPoa')}
              </button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
