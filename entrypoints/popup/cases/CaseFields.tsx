/** The case's title and topic, asked the same way when a case is added and when it is edited. */
import { ChoiceSelect } from '@/components/ChoiceSelect';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { CASE_TOPICS, type CaseTopic, FULL_TITLE_MAX_CHARS } from '@/lib/cases/model';
import { caseTextFrom } from '@/lib/cases/text';

interface TitleFieldProps {
  /** Fixed: tests find each form's title by it. */
  readonly id: string;
  readonly value: string;
  readonly onChange: (title: string) => void;
}

export function TitleField({ id, value, onChange }: TitleFieldProps) {
  const { t } = useI18n();
  return (
    <Field id={id} label={t('casesTitle')}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={value}
          maxLength={FULL_TITLE_MAX_CHARS}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A cell of the form's two-column row. */
export function TopicField({
  value,
  onChange,
}: {
  readonly value: CaseTopic;
  readonly onChange: (topic: CaseTopic) => void;
}) {
  const { t, language } = useI18n();
  const { topics } = caseTextFrom(t, language);
  return (
    <Field cell label={t('casesTopic')}>
      {(control) => (
        <ChoiceSelect
          {...control}
          value={value}
          choices={CASE_TOPICS}
          labelOf={(topic) => topics[topic]}
          onChange={onChange}
        />
      )}
    </Field>
  );
}
