/**
 * Text as the seller sees it, across open shadow roots: Katal components keep their visible
 * text in the shadow root, in slotted light DOM, or only in an attribute (label, text, header),
 * none of which `innerText` of the page reports.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

/** Never visible as text. */
const SILENT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

/** The extension's own elements (badges, panels) are `scc-*`: never part of what the page says. */
export function isOwnElement(element: Element): boolean {
  return element.localName.startsWith('scc-');
}
/** Katal attributes that carry a component's visible text when it renders it from an attribute. */
const TEXT_ATTRIBUTES = ['label', 'text', 'header'] as const;

/** The composed (flattened-tree) text of a node; elements are separated by a space. */
export function textOf(node: Node): string {
  if (node.nodeType === TEXT_NODE) return (node as Text).data;
  if (node.nodeType === FRAGMENT_NODE) return childrenText(node as ParentNode);
  if (node.nodeType !== ELEMENT_NODE) return '';
  const element = node as Element;
  // Read once: a table scan calls this for several cells of every row.
  const name = element.localName;
  if (SILENT_TAGS.has(name) || name.startsWith('scc-')) return '';
  let text: string;
  const shadow = element.shadowRoot;
  if (shadow) text = childrenText(shadow);
  else if (element.firstElementChild === null)
    text = name === 'slot' ? slotText(element as HTMLSlotElement) : (element.textContent ?? '');
  else text = name === 'slot' ? slotText(element as HTMLSlotElement) : childrenText(element);
  return text.trim() !== '' ? text : attributeText(element, text);
}

/** A component that renders its text from an attribute: the first non-blank one, else `text`. */
function attributeText(element: Element, text: string): string {
  for (const name of TEXT_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value?.trim()) return value;
  }
  return text;
}

/**
 * `displayText` of an HTML table cell (`td`, `th`), for scans that read thousands of them: a cell
 * is never silent, never ours and never a shadow host (`attachShadow` refuses both), so the
 * checks `textOf` makes for any element are left out; each one is a call into the DOM. `first`:
 * its first child element, when the caller has read it already.
 */
export function tableCellText(cell: Element, first = cell.firstElementChild): string {
  const text = first === null ? (cell.textContent ?? '') : childrenText(cell);
  return collapse(text.trim() !== '' ? text : attributeText(cell, text));
}

function childrenText(parent: ParentNode): string {
  let out = '';
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    out += child.nodeType === TEXT_NODE ? (child as Text).data : ` ${textOf(child)} `;
  }
  return out;
}

/**
 * What a slot shows: the host's light children assigned to it (by `slot` attribute), or its
 * fallback content when none are. Resolved by hand: the same answer as assignedNodes() for
 * the markup Katal uses, without the cost of slot assignment on every cell.
 */
function slotText(slot: HTMLSlotElement): string {
  const root = slot.getRootNode();
  const host = root.nodeType === FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot).host : null;
  if (!host) return childrenText(slot);
  const name = slot.getAttribute('name') ?? '';
  let out = '';
  let assigned = false;
  for (let child = host.firstChild; child; child = child.nextSibling) {
    const target = child.nodeType === ELEMENT_NODE ? ((child as Element).getAttribute('slot') ?? '') : '';
    if (target !== name) continue;
    if (child.nodeType === TEXT_NODE) out += (child as Text).data;
    else if (child.nodeType === ELEMENT_NODE) out += ` ${textOf(child)} `;
    else continue;
    assigned = true;
  }
  return assigned ? out : childrenText(slot);
}

/** Whitespace collapsed and trimmed: how a value reads on screen. */
export function displayText(node: Node): string {
  return collapse(textOf(node));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Visits elements depth-first, entering open shadow roots after an element's light children.
 * `visit` returns false to skip the element's subtree (light and shadow).
 */
export function walkElements(root: ParentNode, visit: (element: Element) => boolean): void {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (!visit(child)) continue;
    walkElements(child, visit);
    if (child.shadowRoot) walkElements(child.shadowRoot, visit);
  }
}

/** `closest()` that continues from a shadow root to its host. */
export function closestComposed(element: Element, selector: string): Element | null {
  let current: Element | null = element;
  while (current) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

/** Checked by shape, not by the global constructor: test windows and other realms have their own. */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === FRAGMENT_NODE && 'host' in node;
}
