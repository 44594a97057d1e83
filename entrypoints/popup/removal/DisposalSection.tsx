import { useEffect, useRef, useState } from 'preact/hooks';
import { ChoiceSelect } from '@/components/ChoiceSelect';
import { ConfirmButton } from '@/components/ConfirmButton';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { useFlash } from '@/components/useFlash';
import { useNow } from '@/components/useNow';
import { calendarDateIn, formatCalendarDate, localTimeZone } from '@/lib/calendar';
import type { Translate } from '@/lib/i18n/translate';
import {
  createDisposalEntry,
  DISPOSAL_REASONS,
  type DisposalEntry,
  type DisposalReason,
  daysLeft,
  deadlineOf,
  resolveEntry,
  sortByDeadline,
  withEntry,
  withoutEntry,
} from '@/lib/removal/disposal';
import type { DisposalDraft } from '@/lib/removal/disposal-draft';
import { disposalEntriesItem } from '@/lib/storage/items/removal';

const REASON_KEY = {
  unsellable: 'removalDisposalReason_unsellable',
  recalled: 'removalDisposalReason_recalled',
} as const satisfies Record<DisposalReason, string>;

/** "12 days left", "1 day left", "Due today", "The deadline has passed". */
function daysLeftText(left: number, t: Translate): string {
  if (left < 0) return t('removalDeadlinePassed');
  if (left === 0) return t('removalDueToday');
  return left === 1 ? t('removalDaysLeftOne') : t('removalDaysLeft', left);
}

/** A report row handed over; `serial` makes the same row, clicked again, fill the form again. */
export interface DisposalRequest {
  readonly draft: DisposalDraft;
  readonly serial: number;
}

/** Units that became unsellable or recalled are disposed of 30 days later: the seller records them, we count. */
export function DisposalSection({ request }: { readonly request: DisposalRequest | null }) {
  const { t, language } = useI18n();
  const stored = useLiveValue(
    () => disposalEntriesItem.get(),
    (changed) => disposalEntriesItem.watch(changed),
  );
  const [message, flash] = useFlash();
  const entries = stored.value?.entries ?? [];
  return (
    <section class="removal-section" aria-labelledby="removal-deadlines-heading">
      <h2 id="removal-deadlines-heading">{t('removalDeadlinesTitle')}</h2>
      <p class="muted">{t('removalRuleDisposal')}</p>
      <DisposalForm
        request={request}
        onAdded={(entry) => flash(t('removalDisposalAdded', formatCalendarDate(deadlineOf(entry), language)))}
      />
      <p role="status" class="removal-flash">
        {message}
      </p>
      {stored.value && entries.length === 0 && <p class="muted">{t('removalDisposalEmpty')}</p>}
      <ul class="list" data-testid="removal-deadlines">
        {sortByDeadline(entries).map((entry) => (
          <DeadlineItem key={entry.id} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

function DisposalForm({
  request,
  onAdded,
}: {
  readonly request: DisposalRequest | null;
  readonly onAdded: (entry: DisposalEntry) => void;
}) {
  const { t } = useI18n();
  const today = calendarDateIn(Date.now(), localTimeZone());
  const [since, setSince] = useState(today);
  const [reason, setReason] = useState<DisposalReason>('unsellable');
  const [sku, setSku] = useState('');
  const [units, setUnits] = useState('1');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  /** The order the form was filled from, until it is saved. */
  const [from, setFrom] = useState<string | null>(null);
  const sinceInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!request) return;
    const { draft } = request;
    setReason('unsellable');
    setUnits(String(draft.units));
    setSku(draft.sku);
    setNote(t('removalDraftNote', draft.orderId));
    setFrom(draft.orderId);
    setError('');
    // The one thing the report cannot say: when the units became unsellable.
    sinceInput.current?.scrollIntoView({ block: 'center' });
    sinceInput.current?.focus();
  }, [request]);

  const submit = async (event: Event) => {
    event.preventDefault();
    let entry: DisposalEntry;
    try {
      entry = createDisposalEntry({ since, reason, quantity: Number(units), sku, note }, Date.now());
    } catch {
      return setError(t('removalDisposalInvalid'));
    }
    try {
      await disposalEntriesItem.update((current) => ({ ...current, entries: withEntry(current.entries, entry) }));
    } catch {
      return setError(t('removalDisposalFull'));
    }
    setError('');
    setSku('');
    setNote('');
    setUnits('1');
    setFrom(null);
    onAdded(entry);
  };

  return (
    <form class="card removal-form" onSubmit={(event) => void submit(event)} data-testid="removal-deadline-form">
      <Field
        id="removal-since"
        label={t('removalDisposalSince')}
        hint={from === null ? undefined : t('removalDraftHint', from)}
      >
        {(control) => (
          <input
            {...control}
            ref={sinceInput}
            type="date"
            required
            max={today}
            value={since}
            onInput={(event) => setSince(event.currentTarget.value)}
          />
        )}
      </Field>
      <div class="removal-fields">
        <Field id="removal-reason" cell label={t('removalDisposalReason')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              value={reason}
              choices={DISPOSAL_REASONS}
              labelOf={(value) => t(REASON_KEY[value])}
              onChange={setReason}
            />
          )}
        </Field>
        <Field id="removal-units" cell label={t('removalDisposalUnits')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              step={1}
              required
              inputMode="numeric"
              value={units}
              onInput={(event) => setUnits(event.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <Field id="removal-sku" label={t('removalDisposalSku')}>
        {(control) => (
          <input {...control} type="text" maxLength={100} value={sku} onInput={(e) => setSku(e.currentTarget.value)} />
        )}
      </Field>
      <Field id="removal-note" label={t('removalDisposalNote')}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={200}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        )}
      </Field>
      {error && (
        <p class="removal-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary">
        {t('removalDisposalAdd')}
      </button>
    </form>
  );
}

function DeadlineItem({ entry }: { readonly entry: DisposalEntry }) {
  const { t, language } = useI18n();
  const now = useNow(60_000);
  const left = daysLeft(entry, now, localTimeZone());
  const resolved = entry.resolvedAt !== undefined;
  const urgent = !resolved && left <= 7;
  return (
    <li
      data-testid="removal-deadline"
      data-deadline={deadlineOf(entry)}
      data-days-left={left}
      class={resolved ? 'removal-resolved' : undefined}
    >
      <div class="row">
        <strong>{entry.sku ?? t('removalNoSku')}</strong>
        <span>{`${t('removalUnitsCount', entry.quantity)} · ${t(REASON_KEY[entry.reason])}`}</span>
      </div>
      <div>
        {t('removalDisposalDeadline', formatCalendarDate(deadlineOf(entry), language))}
        {' · '}
        {resolved ? (
          t(
            'removalDisposalResolved',
            formatCalendarDate(calendarDateIn(entry.resolvedAt ?? now, localTimeZone()), language),
          )
        ) : (
          <span class={urgent ? 'removal-urgent' : undefined}>{daysLeftText(left, t)}</span>
        )}
      </div>
      {entry.note && <div class="muted">{entry.note}</div>}
      <div class="row removal-actions">
        {!resolved && (
          <button
            type="button"
            onClick={() =>
              void disposalEntriesItem.update((current) => ({
                ...current,
                entries: resolveEntry(current.entries, entry.id, Date.now()),
              }))
            }
          >
            {t('removalDisposalResolve')}
          </button>
        )}
        <ConfirmButton
          label={t('removalDisposalDelete')}
          question={t('removalDisposalDeleteQuestion')}
          cancelLabel={t('removalCancel')}
          onConfirm={() =>
            disposalEntriesItem
              .update((current) => ({ entries: withoutEntry(current.entries, entry.id) }))
              .then(() => undefined)
          }
        />
      </div>
    </li>
  );
}
