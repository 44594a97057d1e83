import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ChoiceSelect } from '@/components/ChoiceSelect';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import { caseMarketplace, caseMarketplaceLabel } from '@/lib/cases/case-marketplace';
import { caseUrl } from '@/lib/cases/case-url';
import { awaitsReply, followUpOf } from '@/lib/cases/follow-up';
import { followUpReference, formatCaseDate } from '@/lib/cases/follow-up-text';
import { CASE_STATUSES, type CaseStatus, type CaseTopic, NOTES_MAX_CHARS } from '@/lib/cases/model';
import type { StoredCase } from '@/lib/cases/stored-case';
import { displayTitle } from '@/lib/cases/sync-size';
import { caseTextFrom } from '@/lib/cases/text';
import { sendMessage } from '@/lib/messaging';
import { TitleField, TopicField } from './CaseFields';
import { InteractionLog } from './InteractionLog';
import { LocalOnlyNotice } from './LocalOnlyNotice';

interface CaseEditorProps {
  readonly stored: StoredCase;
  readonly hours: number;
  readonly onBack: () => void;
  readonly onDeleted: (id: string) => void;
}

export function CaseEditor({ stored, hours, onBack, onDeleted }: CaseEditorProps) {
  const { t, language } = useI18n();
  const text = caseTextFrom(t, language);
  const { record } = stored;
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  const [reference, setReference] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), [record.id]);
  const followUp = followUpOf(record, Date.now(), hours);
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage(done);
    } catch {
      setMessage(t('casesSaveFailed'));
    }
  };
  const copyReference = async () => {
    const line = followUpReference(record, text, language);
    setReference(line);
    try {
      await navigator.clipboard.writeText(line);
      setMessage(t('casesCopied'));
    } catch {
      // Clipboard refused (no focus, a policy): the line stays visible to copy by hand.
      setMessage(t('casesCopyByHand'));
    }
  };
  const remove = async () => {
    try {
      if (await sendMessage('caseDelete', record.id)) onDeleted(record.id);
    } catch {
      setMessage(t('casesSaveFailed'));
    }
  };

  return (
    <section aria-labelledby="case-heading" data-testid="case-editor" data-case-id={record.id}>
      <button type="button" onClick={onBack}>
        {t('casesBack')}
      </button>
      <h2 id="case-heading" class="case-heading" tabIndex={-1} ref={heading}>
        {t('casesCaseHeading', record.id, caseMarketplaceLabel(record))}
      </h2>
      <p data-testid="case-follow-up" data-state={followUp.state}>
        {text.followUpStates[followUp.state]}
        {followUp.dueAt !== null && ` · ${t('casesDueOn', dateTime.format(followUp.dueAt))}`}
      </p>
      {record.lastSeenAt !== undefined && (
        <p class="muted">{t('casesLastSeen', formatCaseDate(record.lastSeenAt, language))}</p>
      )}
      <div class="row">
        <button type="button" onClick={() => void copyReference()}>
          {t('casesCopyReference')}
        </button>
        <button type="button" onClick={() => void browser.tabs.create({ url: caseUrl(record) })}>
          {t('casesOpenInSellerCentral')}
        </button>
        {awaitsReply(record) && (
          <button type="button" onClick={() => void run(() => sendMessage('caseSnooze', record.id), t('casesSnoozed'))}>
            {text.notificationButtons.snooze}
          </button>
        )}
        <button type="button" class="danger" onClick={() => void remove()}>
          {t('casesDelete')}
        </button>
      </div>
      {reference !== null && (
        <Field id="case-reference" label={t('casesCopyReference')} hiddenLabel>
          {(control) => (
            <input
              {...control}
              class="reference"
              readOnly
              value={reference}
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
        </Field>
      )}
      <p role="status" aria-live="polite" data-testid="case-editor-status">
        {message}
      </p>
      <DetailsForm key={`${record.id}:${record.updatedAt}`} stored={stored} onSaved={(m) => setMessage(m)} />
      <NotesForm
        key={`${record.id}:notes:${stored.detail?.notesUpdatedAt ?? 0}`}
        stored={stored}
        onSaved={setMessage}
      />
      <InteractionLog stored={stored} onSaved={setMessage} />
      <LocalOnlyNotice detail={stored.detail} />
    </section>
  );
}

function DetailsForm({
  stored,
  onSaved,
}: {
  readonly stored: StoredCase;
  readonly onSaved: (message: string) => void;
}) {
  const { t, language } = useI18n();
  const text = caseTextFrom(t, language);
  const { record } = stored;
  const [title, setTitle] = useState(displayTitle(record, stored.detail?.overflow));
  const [topic, setTopic] = useState<CaseTopic>(record.topic);
  const [status, setStatus] = useState<CaseStatus>(record.status);
  // null: a host this version does not know; the request then leaves the stored one as it is.
  const [marketplace, setMarketplace] = useState(caseMarketplace(record) ?? null);
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await sendMessage('caseEdit', { id: record.id, title, topic, status, ...(marketplace ? { marketplace } : {}) });
      onSaved(t('casesSaved'));
    } catch {
      onSaved(t('casesSaveFailed'));
    }
  };
  return (
    <form class="case-form card" onSubmit={save} data-testid="case-details-form">
      <TitleField id="case-title" value={title} onChange={setTitle} />
      <div class="pair">
        <TopicField value={topic} onChange={setTopic} />
        <Field id="case-status" cell label={t('casesStatus')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              value={status}
              choices={CASE_STATUSES}
              labelOf={(value) => text.statuses[value]}
              onChange={setStatus}
            />
          )}
        </Field>
      </div>
      <MarketplaceSelect
        id="case-marketplace"
        layout="inline"
        label={t('casesMarketplace')}
        noneLabel={record.marketplace}
        value={marketplace}
        onChange={setMarketplace}
      />
      <div class="row">
        <button type="submit" class="primary">
          {t('casesSave')}
        </button>
      </div>
    </form>
  );
}

function NotesForm({ stored, onSaved }: { readonly stored: StoredCase; readonly onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const [notes, setNotes] = useState(stored.detail?.notes ?? '');
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await sendMessage('caseNotes', { id: stored.record.id, notes });
      onSaved(t('casesNotesSaved'));
    } catch {
      onSaved(t('casesSaveFailed'));
    }
  };
  return (
    <form class="case-form card" onSubmit={save} data-testid="case-notes-form">
      <Field id="case-notes" label={t('casesNotes')}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={notes}
            maxLength={NOTES_MAX_CHARS}
            onInput={(e) => setNotes(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="row">
        <button type="submit">{t('casesSaveNotes')}</button>
      </div>
    </form>
  );
}
