import { useState } from 'preact/hooks';
import { ChoiceSelect } from '@/components/ChoiceSelect';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import {
  LOG_CHANNELS,
  LOG_DIRECTIONS,
  LOG_SUMMARY_MAX_CHARS,
  type LogChannel,
  type LogDirection,
} from '@/lib/cases/model';
import type { StoredCase } from '@/lib/cases/stored-case';
import { caseTextFrom } from '@/lib/cases/text';
import { sendMessage } from '@/lib/messaging';

/** Entries drawn at first, newest first; a long log shows the rest on request. */
const FIRST_ENTRIES = 30;

/** `datetime-local` wants local time without a zone: 2025-05-03T12:00. */
function localInputValue(at: number): string {
  const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

interface InteractionLogProps {
  readonly stored: StoredCase;
  readonly onSaved: (message: string) => void;
}

export function InteractionLog({ stored, onSaved }: InteractionLogProps) {
  const { t, language } = useI18n();
  const text = caseTextFrom(t, language);
  const [direction, setDirection] = useState<LogDirection>('sent');
  const [channel, setChannel] = useState<LogChannel>('case-log');
  // null: "now" (the input shows the current minute; the entry gets the exact time).
  const [when, setWhen] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [showAll, setShowAll] = useState(false);
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const entries = [...(stored.detail?.log ?? [])].reverse();

  const add = async (event: Event) => {
    event.preventDefault();
    const at = when === null ? Date.now() : new Date(when).getTime();
    if (summary.trim() === '' || !Number.isFinite(at)) {
      onSaved(t('casesLogIncomplete'));
      return;
    }
    try {
      await sendMessage('caseLog', {
        id: stored.record.id,
        at: Math.max(0, at),
        direction,
        channel,
        summary: summary.trim(),
      });
      setSummary('');
      setWhen(null);
      onSaved(t('casesLogAdded'));
    } catch {
      onSaved(t('casesSaveFailed'));
    }
  };

  return (
    <section class="card" aria-labelledby="case-log-heading">
      <h3 id="case-log-heading">{t('casesLogHeading')}</h3>
      <form class="case-form" onSubmit={add} data-testid="case-log-form">
        <div class="pair">
          <Field cell label={t('casesLogDirection')}>
            {(control) => (
              <ChoiceSelect
                {...control}
                value={direction}
                choices={LOG_DIRECTIONS}
                labelOf={(value) => text.directions[value]}
                onChange={setDirection}
              />
            )}
          </Field>
          <Field cell label={t('casesLogChannel')}>
            {(control) => (
              <ChoiceSelect
                {...control}
                value={channel}
                choices={LOG_CHANNELS}
                labelOf={(value) => text.channels[value]}
                onChange={setChannel}
              />
            )}
          </Field>
        </div>
        <Field label={t('casesLogWhen')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={when ?? localInputValue(Date.now())}
              onInput={(e) => setWhen(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="log-summary" label={t('casesLogSummary')}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={summary}
              maxLength={LOG_SUMMARY_MAX_CHARS}
              onInput={(e) => setSummary(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="row">
          <button type="submit">{t('casesLogAdd')}</button>
        </div>
      </form>
      {entries.length === 0 && <p class="muted">{t('casesLogEmpty')}</p>}
      <ul class="list log-list" data-testid="case-log">
        {(showAll ? entries : entries.slice(0, FIRST_ENTRIES)).map((entry) => (
          <li key={entry.id} data-direction={entry.direction}>
            <span class="muted">
              {[dateTime.format(entry.at), text.directions[entry.direction], text.channels[entry.channel]].join(' · ')}
            </span>
            <p class="summary">{entry.summary}</p>
          </li>
        ))}
      </ul>
      {!showAll && entries.length > FIRST_ENTRIES && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('casesLogShowAll', entries.length)}
        </button>
      )}
    </section>
  );
}
