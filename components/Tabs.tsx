import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDefinition<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

interface TabsProps<Id extends string> {
  readonly label: string;
  readonly tabs: readonly TabDefinition<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  readonly children: ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move and select, Home/End jump,
 * only the selected tab is in the tab order.
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect, children }: TabsProps<Id>) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (from: number, delta: number | 'first' | 'last') => {
    const count = tabs.length;
    const index = delta === 'first' ? 0 : delta === 'last' ? count - 1 : (from + delta + count) % count;
    const next = tabs[index];
    if (!next) return;
    onSelect(next.id);
    buttons.current[index]?.focus();
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    const keys: Record<string, number | 'first' | 'last'> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    const delta = keys[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    move(index, delta);
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown(index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} class="tabpanel">
        {children}
      </div>
    </div>
  );
}
