import { useMemo, useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { displayName } from '@/lib/i18n/display-names';
import { quickCheck, statusChoices } from '@/lib/removal/quick-check';
import { EligibilityTag } from './EligibilityTag';
import { reasonText } from './text';

/** A status typed or picked in any Seller Central language → can it still be cancelled, and why. */
export function QuickCheckSection() {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [amazon, setAmazon] = useState(false);
  const choices = useMemo(
    () =>
      statusChoices().flatMap((choice) =>
        choice.names.map((name) => ({ name, language: displayName(choice.language, language, 'language') })),
      ),
    [language],
  );
  const result = text.trim() === '' ? null : quickCheck(text, amazon);
  const matched = result?.matches ?? [];
  const unconfirmedOnly = matched.length > 0 && matched.every((match) => match.unconfirmed);
  return (
    <section class="removal-section" aria-labelledby="removal-check-heading">
      <h2 id="removal-check-heading">{t('removalQuickCheckTitle')}</h2>
      <p class="muted">{t('removalIntro')}</p>
      <Field id="removal-check-status" label={t('removalQuickCheckLabel')}>
        {(control) => (
          <input
            {...control}
            type="text"
            list="removal-status-choices"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="removal-check-hint"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </Field>
      <datalist id="removal-status-choices">
        {choices.map((choice) => (
          <option key={`${choice.language}:${choice.name}`} value={choice.name}>
            {choice.language}
          </option>
        ))}
      </datalist>
      <p id="removal-check-hint" class="muted removal-hint">
        {t('removalQuickCheckHint')}
      </p>
      <label class="removal-check">
        <input type="checkbox" checked={amazon} onChange={(event) => setAmazon(event.currentTarget.checked)} />
        {t('removalQuickCheckAmazon')}
      </label>
      <div role="status" class="removal-verdict" data-testid="removal-verdict">
        {result && (
          <div class="card" data-eligibility={result.verdict.eligibility}>
            <EligibilityTag eligibility={result.verdict.eligibility} />
            <p>{reasonText(t, result.verdict.reason)}</p>
            {matched.length > 0 && (
              <p class="muted">
                {t(
                  'removalQuickCheckMatched',
                  matched[0]?.name ?? '',
                  [...new Set(matched.map((match) => displayName(match.language, language, 'language')))].join(', '),
                )}
                {unconfirmedOnly ? ` ${t('removalQuickCheckUnconfirmed')}` : ''}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
