interface ChoiceSelectProps<T extends string> {
  readonly id: string;
  readonly value: T;
  readonly choices: readonly T[];
  /** The words shown for a choice. */
  readonly labelOf: (choice: T) => string;
  readonly onChange: (choice: T) => void;
}

/** A select over a fixed list of string choices: topics, statuses, channels, reasons, languages. */
export function ChoiceSelect<T extends string>({ id, value, choices, labelOf, onChange }: ChoiceSelectProps<T>) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
