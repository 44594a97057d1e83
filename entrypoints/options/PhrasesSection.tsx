import { useState } from 'preact/hooks';
import { ChoiceSelect } from '@/components/ChoiceSelect';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { USER_PHRASE_LIMITS } from '@/lib/account-state/limits';
import { type AccountState, STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { addUserPhrase, type PhraseProblem } from '@/lib/account-state/user-phrases';
import { stateLabelKey } from '@/lib/i18n/state-labels';
import type { MessageKey } from '@/lib/i18n/translate';
import { languageName, SELLER_CENTRAL_LANGUAGES, type SellerCentralLanguage } from '@/lib/lang/languages';
import { userPhrasesItem } from '@/lib/storage/items/account-state';

const PROBLEM_MESSAGE: Record<PhraseProblem, MessageKey> = {
  length: 'phrasesErrorLength',
  duplicate: 'phrasesErrorDuplicate',
  full: 'phrasesErrorFull',
};

export function PhrasesSection() {
  const { t } = useI18n();
  const { value: phrases } = useLiveValue(userPhrasesItem.get, userPhrasesItem.watch);
  const [language, setLanguage] = useState<SellerCentralLanguage>('en');
  const [state, setState] = useState<AccountState>('on-hold');
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const result = addUserPhrase(await userPhrasesItem.get(), { language, state, text }, Date.now());
    if ('problem' in result) {
      const limit =
        result.problem === 'full' ? [USER_PHRASE_LIMITS.count] : [USER_PHRASE_LIMITS.min, USER_PHRASE_LIMITS.max];
      setMessage(t(PROBLEM_MESSAGE[result.problem], ...limit));
      return;
    }
    await userPhrasesItem.set(result.phrases);
    setText('');
    setMessage(t('phrasesAdded'));
  };
  const remove = (id: string) => void userPhrasesItem.update((list) => list.filter((p) => p.id !== id));
  return (
    <section class="card" aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t('phrasesHeading')}</h2>
      <p class="muted">{t('phrasesIntro')}</p>
      <form onSubmit={add} class="phrase-form">
        <Field label={t('phrasesLanguage')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              value={language}
              choices={SELLER_CENTRAL_LANGUAGES}
              labelOf={languageName}
              onChange={setLanguage}
            />
          )}
        </Field>
        <Field id="phrase-state" label={t('phrasesState')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              value={state}
              choices={STATES_BY_SEVERITY}
              labelOf={(s) => t(stateLabelKey(s))}
              onChange={setState}
            />
          )}
        </Field>
        <Field id="phrase-text" label={t('phrasesText')}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={text}
              maxLength={USER_PHRASE_LIMITS.max * 2}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="row">
          <button type="submit" class="primary">
            {t('phrasesAdd')}
          </button>
          <span role="status" data-testid="phrase-message">
            {message}
          </span>
        </div>
      </form>
      {phrases?.length === 0 && <p class="muted">{t('phrasesEmpty')}</p>}
      <ul class="list" data-testid="user-phrases">
        {phrases?.map((p) => (
          <li key={p.id} class="row" data-phrase-state={p.state}>
            <span class="spacer">
              <q>{p.text}</q> → {t(stateLabelKey(p.state))} ({languageName(p.language)})
            </span>
            <button type="button" onClick={() => remove(p.id)}>
              {t('phrasesRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
