import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** What a field hands its control: the id its label points at, and the hint that describes it. */
export interface FieldControl {
  readonly id: string;
  readonly 'aria-describedby'?: string;
}

interface FieldProps {
  /** The control's id, where a test or a link needs a stable one; otherwise one is made up. */
  readonly id?: string;
  readonly label: ComponentChildren;
  /** A line under the control, which screen readers read with it. */
  readonly hint?: ComponentChildren;
  /** The label for assistive technology only: the control explains itself on screen. */
  readonly hiddenLabel?: boolean;
  /** Label and control in one box: a cell of a two-column row (`.pair`, `.removal-fields`). */
  readonly cell?: boolean;
  readonly children: (control: FieldControl) => ComponentChildren;
}

/**
 * A labelled form control. The label, the control and its hint are siblings (forms lay them out
 * on their own grid); the field wires the `for`, `id` and `aria-describedby` between them, so no
 * form spells out an id three times.
 */
export function Field({ id, label, hint, hiddenLabel = false, cell = false, children }: FieldProps) {
  const madeUp = useId();
  const controlId = id ?? madeUp;
  const hintId = `${controlId}-hint`;
  const parts = (
    <>
      <label for={controlId} class={hiddenLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children(hint === undefined ? { id: controlId } : { id: controlId, 'aria-describedby': hintId })}
      {hint !== undefined && (
        <p id={hintId} class="muted">
          {hint}
        </p>
      )}
    </>
  );
  return cell ? <div>{parts}</div> : parts;
}
