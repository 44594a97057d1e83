import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n/translate';

const CHECKLISTS: ReadonlyArray<{ id: string; title: MessageKey; why: MessageKey }> = [
  { id: 'hold', title: 'checklist_hold', why: 'checklist_hold_why' },
  { id: 'deactivated', title: 'checklist_deactivated', why: 'checklist_deactivated_why' },
  { id: 'first-days', title: 'checklist_firstDays', why: 'checklist_firstDays_why' },
  { id: 'while-on-hold', title: 'checklist_whileOnHold', why: 'checklist_whileOnHold_why' },
  { id: 'prevention', title: 'checklist_prevention', why: 'checklist_prevention_why' },
];

export function ChecklistsTab({ selected }: { readonly selected: string | null }) {
  const { t } = useI18n();
  return (
    <section>
      <p>{t('checklistsIntro')}</p>
      <ul class="list">
        {CHECKLISTS.map((c) => (
          <li key={c.id} data-checklist={c.id} aria-current={c.id === selected ? 'true' : undefined}>
            <strong>{t(c.title)}</strong>
            <div class="muted">{t(c.why)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
