import { useLayoutEffect, useRef } from 'preact/hooks';
import { MAX_SECTION_CHARS } from '@/lib/poa/draft';
import type { PoaSectionId } from '@/lib/poa/types';

interface SectionEditorProps {
  readonly id: PoaSectionId;
  readonly number: number;
  readonly heading: string;
  readonly hint: string;
  /** Bumped when the text must be taken from `initialText` again (load, clear, another tab). */
  readonly generation: number;
  /** While a draft loads, typing would land in the wrong marketplace's draft. */
  readonly readOnly: boolean;
  readonly initialText: () => string;
  readonly onEdit: (id: PoaSectionId, text: string) => void;
  readonly register: (id: PoaSectionId, element: HTMLTextAreaElement | null) => void;
}

/**
 * One part of the plan. The text area owns its text (no `value` prop): typing or pasting
 * 100 KB never re-renders the page, and whatever is typed (markup, emoji, right-to-left
 * text) stays plain text in a plain text area.
 */
export function SectionEditor({
  id,
  number,
  heading,
  hint,
  generation,
  readOnly,
  initialText,
  onEdit,
  register,
}: SectionEditorProps) {
  const area = useRef<HTMLTextAreaElement | null>(null);
  // In the same commit that makes the area writable: with an effect after paint, the area
  // would stand empty and editable for a frame, and what the seller typed then would be lost.
  useLayoutEffect(() => {
    const element = area.current;
    const text = initialText();
    if (element && element.value !== text) element.value = text;
  }, [generation]);
  return (
    <section class="poa-section" data-section={id}>
      <h2 id={`poa-heading-${id}`}>
        <label for={`poa-${id}`}>{`${number}. ${heading}`}</label>
      </h2>
      <p id={`poa-hint-${id}`} class="muted hint">
        {hint}
      </p>
      <textarea
        id={`poa-${id}`}
        ref={(element) => {
          area.current = element;
          register(id, element);
        }}
        dir="auto"
        rows={6}
        readOnly={readOnly}
        maxLength={MAX_SECTION_CHARS}
        aria-describedby={`poa-hint-${id}`}
        onInput={(event) => onEdit(id, event.currentTarget.value)}
      />
    </section>
  );
}
