/**
 * Label/value pairs as detail pages show them: "Order ID: X" in one element, a label element
 * followed by its value element (div/span, dt/dd, th/td), or label text starting an element
 * whose children hold the value ("Status: <b>Pending</b>").
 */
import { displayText, isOwnElement, walkElements } from './dom-text.dom';
import { columnRoleOf } from './status-lookup';
import type { ColumnRole } from './vocabulary';

export interface LabelledValue {
  readonly role: ColumnRole;
  readonly value: string;
  /** The element showing the value (where a badge belongs). */
  readonly element: Element;
}

/** Form controls, navigation and table headers label things the seller types or picks, not facts about an order. */
const NOT_FACTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  // A slot shows light DOM the walk reads anyway.
  'slot',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'textarea',
  'input',
  'label',
  'nav',
  'thead',
  'kat-table-head',
  'kat-dropdown',
  'kat-option',
  'kat-input',
  'kat-button',
  'kat-checkbox',
  'kat-radiobutton',
]);
const FORM_CONTROLS = 'input, select, textarea, button, kat-input, kat-dropdown, kat-button';
const INLINE_LABEL = /^([^:：]{1,60})[:：]\s*(.+)$/su;
/** Labels are short; long text is prose that merely mentions a word. */
const MAX_LABEL_TEXT = 200;
/** How far a label may be wrapped (<div><span>Order ID</span></div><div>X</div>). */
const MAX_WRAPPERS = 3;

/** Pairs in document order; `exclude` subtrees (tables already read as tables) are skipped. */
export function readLabelledValues(root: ParentNode, exclude: ReadonlySet<Element> = new Set()): LabelledValue[] {
  const out: LabelledValue[] = [];
  walkElements(root, (element) => {
    if (exclude.has(element) || NOT_FACTS.has(element.localName) || isOwnElement(element)) return false;
    if (element.getAttribute('aria-hidden') === 'true' || element.getAttribute('role') === 'columnheader') return false;
    const pair = element.firstElementChild === null ? leafPair(element) : textStartPair(element);
    if (!pair) return true;
    out.push(pair);
    return false;
  });
  return out;
}

function leafPair(element: Element): LabelledValue | null {
  const text = displayText(element);
  if (!text || text.length > MAX_LABEL_TEXT) return null;
  const inline = INLINE_LABEL.exec(text);
  if (inline?.[1] && inline[2]) {
    const role = columnRoleOf(inline[1]);
    if (role) return { role, value: inline[2].trim(), element };
  }
  const role = columnRoleOf(text);
  if (!role) return null;
  const valueElement = valueAfter(element);
  if (!valueElement) return null;
  const value = displayText(valueElement);
  // A row of header cells ("Order ID", "Status") is not a label with its value.
  if (!value || columnRoleOf(value) !== null) return null;
  return { role, value, element: valueElement };
}

/** "Status: <b>Pending</b>": the label is the element's leading text node. */
function textStartPair(element: Element): LabelledValue | null {
  const first = element.firstChild;
  if (first?.nodeType !== 3) return null;
  const label = (first as Text).data.trim();
  if (!label.endsWith(':') && !label.endsWith('：')) return null;
  const role = columnRoleOf(label);
  if (!role) return null;
  const text = displayText(element);
  const value = text.slice(text.search(/[:：]/) + 1).trim();
  if (!value || value.length > MAX_LABEL_TEXT) return null;
  return { role, value, element };
}

function valueAfter(label: Element): Element | null {
  let current = label;
  for (let depth = 0; depth < MAX_WRAPPERS && !current.nextElementSibling; depth++) {
    const parent = current.parentElement;
    if (parent?.childElementCount !== 1) return null;
    current = parent;
  }
  const next = current.nextElementSibling;
  if (!next || NOT_FACTS.has(next.localName) || next.localName === 'th') return null;
  if (next.getAttribute('role') === 'columnheader' || next.querySelector(FORM_CONTROLS)) return null;
  return next;
}
