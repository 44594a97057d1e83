import { useI18n } from '@/components/I18n';
import { CHECKLISTS } from '@/lib/checklists/definitions';
import { type ChecklistProgress, countProgress, EMPTY_PROGRESS } from '@/lib/checklists/progress';
import { CHECKLIST_IDS, type ChecklistId, type ChecklistLanguagePack } from '@/lib/checklists/types';
import type { MessageKey } from '@/lib/i18n/translate';

/** One line on what each checklist is for, shown while none is open. */
const WHY: Readonly<Record<ChecklistId, MessageKey>> = {
  hold: 'checklist_hold_why',
  review: 'checklist_review_why',
  verification: 'checklist_verification_why',
  deactivated: 'checklist_deactivated_why',
  'first-days': 'checklist_firstDays_why',
  'while-on-hold': 'checklist_whileOnHold_why',
  prevention: 'checklist_prevention_why',
};

interface ChecklistPickerProps {
  readonly current: ChecklistId | null;
  readonly suggested: ChecklistId | null;
  readonly progress: Readonly<Record<ChecklistId, ChecklistProgress>> | undefined;
  readonly onPick: (id: ChecklistId) => void;
  readonly pack: ChecklistLanguagePack;
}

/** The checklists, each with its progress on this marketplace; the open one is marked current. */
export function ChecklistPicker({ current, suggested, progress, onPick, pack }: ChecklistPickerProps) {
  const { t } = useI18n();
  const texts = pack.checklists;
  return (
    <nav aria-labelledby="checklist-pick-heading">
      <h2 id="checklist-pick-heading">{t('checklistsPick')}</h2>
      <ul class="checklist-picker">
        {CHECKLIST_IDS.map((id) => {
          const { done, total } = countProgress(progress?.[id] ?? EMPTY_PROGRESS, CHECKLISTS[id]);
          return (
            <li key={id}>
              <button
                type="button"
                data-checklist={id}
                data-suggested={id === suggested ? '' : undefined}
                aria-current={id === current ? 'true' : undefined}
                onClick={() => onPick(id)}
              >
                <span class="picker-line">
                  <span class="spacer">{texts[id].title}</span>
                  <span class="muted count">{progress ? t('checklistsProgress', done, total) : ''}</span>
                </span>
                {current === null && <span class="muted picker-why">{t(WHY[id])}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
