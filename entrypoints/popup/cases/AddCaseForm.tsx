import { useState } from 'preact/hooks';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import type { CaseTopic } from '@/lib/cases/model';
import { parseCaseId } from '@/lib/cases/parse-id';
import { caseTextFrom } from '@/lib/cases/text';
import { type MarketplaceCode, marketplaceCodeOf } from '@/lib/marketplaces';
import { sendMessage } from '@/lib/messaging';
import { NEWER_VERSION } from '@/lib/storage/stored-item';
import { TitleField, TopicField } from './CaseFields';

interface AddCaseFormProps {
  /** The marketplace of the Seller Central tab in front, if any: where a pasted case belongs. */
  readonly marketplace: MarketplaceCode | null;
  readonly onAdded: (id: string, message: string) => void;
  readonly onCancel: () => void;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/i;
const MARKETPLACE_SELECT_ID = 'case-add-marketplace';

/** A pasted case URL names its marketplace: better than any guess. */
function marketplaceInText(text: string): MarketplaceCode | null {
  const url = URL_IN_TEXT.exec(text)?.[0];
  return url ? (marketplaceCodeOf(url) ?? null) : null;
}

export function AddCaseForm({ marketplace: tabMarketplace, onAdded, onCancel }: AddCaseFormProps) {
  const { t, language } = useI18n();
  const text = caseTextFrom(t, language);
  const [input, setInput] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [marketplace, setMarketplace] = useState<MarketplaceCode | null>(null);
  const [topic, setTopic] = useState<CaseTopic>('other');
  const [title, setTitle] = useState('');
  const [failure, setFailure] = useState('');
  const parsed = input.trim() === '' ? null : parseCaseId(input);
  const id = parsed?.ok ? parsed.id : parsed?.reason === 'several-ids' ? chosen : null;
  // Where the case belongs: the seller's choice, else a link in the text, else the tab in front.
  // With none of these the form asks rather than guessing.
  const effective = marketplace ?? marketplaceInText(input) ?? tabMarketplace;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!id) {
      setFailure(parsed && !parsed.ok ? text.idProblems[parsed.reason] : text.idProblems.empty);
      return;
    }
    if (!effective) {
      setFailure(t('casesChooseMarketplace'));
      document.getElementById(MARKETPLACE_SELECT_ID)?.focus();
      return;
    }
    try {
      const result = await sendMessage('caseAdd', { id, marketplace: effective, topic, title });
      onAdded(
        id,
        result === 'exists'
          ? t('casesAddExists', id)
          : result === 'restored'
            ? t('casesAddRestored', id)
            : t('casesAdded', id),
      );
    } catch (error) {
      // The worker refuses to write over a case a newer version saved (case-store.ts, readCase).
      setFailure(String(error).includes(NEWER_VERSION) ? t('newerVersionRefused') : t('casesSaveFailed'));
    }
  };

  return (
    <form class="case-form card" onSubmit={submit} aria-labelledby="add-case-heading" data-testid="add-case-form">
      <h2 id="add-case-heading">{t('casesAddHeading')}</h2>
      <Field id="case-paste" label={t('casesPasteLabel')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={input}
            maxLength={20_000}
            aria-describedby="case-paste-feedback"
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setChosen(null);
              setFailure('');
            }}
          />
        )}
      </Field>
      <div id="case-paste-feedback" role="status" aria-live="polite" data-testid="case-paste-feedback">
        {parsed?.ok && (
          <p>
            {t('casesIdFound', parsed.id)}
            {parsed.warning && <span class="warning"> {text.idProblems[parsed.warning]}</span>}
          </p>
        )}
        {parsed && !parsed.ok && parsed.reason !== 'several-ids' && (
          <p class="problem">{text.idProblems[parsed.reason]}</p>
        )}
      </div>
      {parsed && !parsed.ok && parsed.reason === 'several-ids' && (
        <fieldset>
          <legend>{text.idProblems['several-ids']}</legend>
          {parsed.candidates?.map((candidate) => (
            <label key={candidate} class="row">
              <input
                type="radio"
                name="case-candidate"
                value={candidate}
                checked={chosen === candidate}
                onChange={() => setChosen(candidate)}
                style={{ width: 'auto' }}
              />
              {candidate}
            </label>
          ))}
        </fieldset>
      )}
      <div class="pair">
        <MarketplaceSelect
          id={MARKETPLACE_SELECT_ID}
          layout="cell"
          label={t('casesMarketplace')}
          noneLabel={t('marketplaceSelectNone')}
          value={effective}
          onChange={(code) => {
            setMarketplace(code);
            setFailure('');
          }}
        />
        <TopicField value={topic} onChange={setTopic} />
      </div>
      <TitleField id="case-add-title" value={title} onChange={setTitle} />
      {failure && (
        <p class="problem" role="alert">
          {failure}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('casesSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('casesCancel')}
        </button>
      </div>
    </form>
  );
}
