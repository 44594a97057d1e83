import { useEffect, useRef, useState } from 'preact/hooks';
import './confirm-button.css';

interface ConfirmButtonProps {
  /** The button that starts the action, and the button that confirms it. */
  readonly label: string;
  readonly question: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void | Promise<void>;
  readonly disabled?: boolean;
  readonly testId?: string;
}

/**
 * A destructive action asked about in place: the question and its two buttons replace the
 * button. Works in the toolbar popup, where a native confirm() dialog is unreliable, and keeps
 * focus where a keyboard user expects it (Cancel first, back on the button afterwards).
 */
export function ConfirmButton({ label, question, cancelLabel, onConfirm, disabled, testId }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button type="button" ref={start} disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <legend>{question}</legend>
      <div class="row">
        <button
          type="button"
          class="danger"
          onClick={() => {
            close();
            void onConfirm();
          }}
        >
          {label}
        </button>
        <button type="button" ref={cancel} onClick={close}>
          {cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
