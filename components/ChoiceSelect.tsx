import type { FieldControl } from './Field';

interface ChoiceSelectProps<T extends string> extends FieldControl {
  readonly value: T;
  readonly choices: readonly T[];
  /** The words shown for a choice. */
  readonly labelOf: (choice: T) => string;
  readonly onChange: (choice: T) => void;
  readonly disabled?: boolean;
}

/** A select over a fixed list of string choices: topics, statuses, channels, reasons, languages. */
export function ChoiceSelect<T extends string>({
  value,
  choices,
  labelOf,
  onChange,
  ...control
}: ChoiceSelectProps<T>) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
