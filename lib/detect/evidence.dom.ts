/**
 * Evidence collection from the DOM: the text of alert-like containers, including open shadow
 * roots (Katal renders into them) and the attributes Katal shows as text. Closed shadow roots
 * cannot be reached and are skipped.
 *
 * A container is:
 * - `kat-alert`, `kat-banner`, any element with role alert, status or alertdialog, and AUI boxes
 *   whose class starts with `a-alert` (`a-alert`, `a-alert-error`, `a-alert-inline-warning`...);
 * - the Account Health status area. Seller Central's markup for it could not be verified from
 *   outside, so it is recognized by what it says, not by an ID: an element whose `header`,
 *   `label` or `aria-label` attribute (Katal boxes, labelled sections and regions), or whose first
 *   heading child, names the Account Health Rating in any phrase table's language.
 * The outermost container wins: its whole text is one piece of evidence.
 *
 * Never evidence, even inside a container: the global masthead (a top-level `header`, role
 * banner, `#sc-masthead`, `#sc-navbar-container`, `#navbar`) where the marketplace status pill
 * sits, navigation, table rows (the case log lists subjects such as "Deactivation appeal"),
 * buttons ("Deactivate"), tooltips, hidden elements (`hidden`, AUI's `aok-hidden`, inline
 * display:none or visibility:hidden, a closed dialog) and the extension's own UI (tags starting
 * with `scc-`, anything carrying `data-scc-account-state`).
 *
 * Cost: a full scan walks the light tree once, leaving out subtrees that never hold evidence, to find
 * candidates and shadow roots, and reads text only inside containers, within fixed budgets.
 */
import { walkLightTree } from '@/lib/dom/light-tree.dom';

export type EvidenceKind = 'alert' | 'account-health';

export interface Evidence {
  readonly container: Element;
  readonly kind: EvidenceKind;
  /** Raw text of the container (attributes, shadow roots, light DOM), capped; classify normalizes it. */
  readonly text: string;
}

/** What collection needs to recognize the Account Health status area; a Matcher provides it. */
export interface EvidenceVocabulary {
  isAhrHeading(text: string): boolean;
}

export const EVIDENCE_LIMITS = {
  /** Characters read per container: hostile 100 KB strings are cut here. */
  maxCharsPerEvidence: 4000,
  /** Characters read per collect call across all containers. */
  maxCharsPerCollect: 32_000,
  /** Nodes visited per container while reading its text. */
  maxNodesPerEvidence: 4000,
  maxEvidencePerCollect: 64,
  /** Shadow-tree elements walked by hand per collect call (the light tree is the browser's). */
  maxElementsPerCollect: 300_000,
} as const;

/** Elements that may start a container: everything else is only read as part of one. */
const CANDIDATE_TAG_SET = new Set(['kat-alert', 'kat-banner', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);
const CANDIDATE_ROLES = new Set(['alert', 'status', 'alertdialog', 'heading', 'region']);

const ALERT_TAGS = new Set(['kat-alert', 'kat-banner']);
const ALERT_ROLES = new Set(['alert', 'status', 'alertdialog']);
const A_ALERT_CLASS = /(?:^|\s)a-alert/;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section']);
const EXCLUDED_TAGS = new Set([
  'nav',
  'tr',
  // Only rows live in these: skipping them whole saves visiting every row of a big table.
  'thead',
  'tbody',
  'tfoot',
  'kat-table-row',
  'button',
  'kat-button',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'input',
  'svg',
]);
const EXCLUDED_ROLES = new Set(['navigation', 'banner', 'row', 'button', 'tooltip', 'menu', 'menubar', 'menuitem']);
const MASTHEAD_IDS = new Set(['sc-masthead', 'sc-navbar-container', 'navbar']);
const HIDDEN_CLASS = /(?:^|\s)(?:aok-hidden|a-hidden)(?:\s|$)/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const KATAL_TEXT_ATTRIBUTES = ['header', 'description', 'label', 'aria-label', 'title'] as const;
const CONTAINER_TEXT_ATTRIBUTES = ['aria-label', 'title'] as const;
const HEADING_CHILDREN_CHECKED = 3;
const HEADING_TEXT_CAP = 200;

const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;
const ELEMENT_NODE = 1;

interface Context {
  readonly excluded: boolean;
  readonly container: Element | null;
  readonly kind: EvidenceKind | null;
  /** Inside article/aside/main/nav/section: a `header` here is a card's header, not the masthead. */
  readonly sectioning: boolean;
}

const ROOT: Context = { excluded: false, container: null, kind: null, sectioning: false };
const EXCLUDED: Context = { excluded: true, container: null, kind: null, sectioning: false };

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Parent in the composed tree: a shadow root's parent is its host; the document ends the walk. */
function composedParent(node: Node): Node | null {
  if (node.nodeType === FRAGMENT_NODE) return (node as ShadowRoot).host ?? null;
  const parent = node.parentNode;
  if (!parent || parent.nodeType === DOCUMENT_NODE) return null;
  if (parent.nodeType === FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

export function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('scc-') || el.hasAttribute('data-scc-account-state');
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  const cls = el.getAttribute('class');
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Subtrees that never hold evidence, whatever happens to them later: not read, and not searched
 * for shadow roots (here and by the account-state change watcher).
 */
export function holdsNoEvidence(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.localName) || isOwnUi(el)) return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  return MASTHEAD_IDS.has(el.id);
}

/** Subtrees whose text is not read now (also used inside containers). */
function isSkipped(el: Element): boolean {
  return holdsNoEvidence(el) || isHidden(el);
}

function isAlertContainer(el: Element): boolean {
  if (ALERT_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && ALERT_ROLES.has(role)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && A_ALERT_CLASS.test(cls);
}

function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(el.localName) || el.getAttribute('role') === 'heading';
}

function cappedText(el: Element): string {
  const text = el.textContent ?? '';
  return text.length > HEADING_TEXT_CAP ? '' : text;
}

function isAhrArea(el: Element, vocabulary: EvidenceVocabulary): boolean {
  if (el.localName.startsWith('kat-')) {
    for (const name of ['header', 'label', 'aria-label']) {
      const value = el.getAttribute(name);
      if (value && vocabulary.isAhrHeading(value)) return true;
    }
  }
  const label = el.getAttribute('aria-label');
  if (label && (el.localName === 'section' || el.getAttribute('role') === 'region') && vocabulary.isAhrHeading(label)) {
    return true;
  }
  let child = el.firstElementChild;
  for (let i = 0; child && i < HEADING_CHILDREN_CHECKED; i += 1, child = child.nextElementSibling) {
    const heading = isHeading(child) ? child : child.localName === 'header' ? firstHeadingChild(child) : null;
    if (heading && vocabulary.isAhrHeading(cappedText(heading))) return true;
  }
  return false;
}

function firstHeadingChild(el: Element): Element | null {
  let child = el.firstElementChild;
  for (let i = 0; child && i < HEADING_CHILDREN_CHECKED; i += 1, child = child.nextElementSibling) {
    if (isHeading(child)) return child;
  }
  return null;
}

/** One collect call: memoized contexts, budgets, and the evidence found so far. */
class Collector {
  private readonly contexts = new Map<Node, Context>();
  private readonly seen = new Set<Element>();
  readonly evidence: Evidence[] = [];
  private elementsVisited = 0;
  private charsRead = 0;

  constructor(private readonly vocabulary: EvidenceVocabulary) {}

  private step(parent: Context, node: Node): Context {
    if (parent.excluded || !isElement(node)) return parent;
    if (isSkipped(node)) return EXCLUDED;
    const sectioning = parent.sectioning || SECTIONING_TAGS.has(node.localName);
    if (parent.container) return sectioning === parent.sectioning ? parent : { ...parent, sectioning };
    // A header outside any sectioning element is the page masthead (status pill, switcher, search).
    if (node.localName === 'header' && !parent.sectioning) return EXCLUDED;
    if (isAlertContainer(node)) return { excluded: false, container: node, kind: 'alert', sectioning };
    if (isAhrArea(node, this.vocabulary))
      return { excluded: false, container: node, kind: 'account-health', sectioning };
    return sectioning === parent.sectioning ? parent : { ...ROOT, sectioning };
  }

  /** Context of a node from the top down; iterative, so deep nesting cannot overflow the stack. */
  contextOf(node: Node): Context {
    const chain: Node[] = [];
    let base = ROOT;
    for (let current: Node | null = node; current; current = composedParent(current)) {
      const known = this.contexts.get(current);
      if (known) {
        base = known;
        break;
      }
      chain.push(current);
    }
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const current = chain[i] as Node;
      base = this.step(base, current);
      this.contexts.set(current, base);
    }
    return base;
  }

  get full(): boolean {
    return (
      this.evidence.length >= EVIDENCE_LIMITS.maxEvidencePerCollect ||
      this.charsRead >= EVIDENCE_LIMITS.maxCharsPerCollect ||
      this.elementsVisited >= EVIDENCE_LIMITS.maxElementsPerCollect
    );
  }

  /** Takes a reading made by an earlier collect call as it is. */
  keep(item: Evidence): void {
    if (this.seen.has(item.container)) return;
    this.seen.add(item.container);
    this.charsRead += item.text.length;
    this.evidence.push(item);
  }

  add(container: Element, kind: EvidenceKind): void {
    if (this.seen.has(container) || this.full) return;
    this.seen.add(container);
    const budget = Math.min(EVIDENCE_LIMITS.maxCharsPerEvidence, EVIDENCE_LIMITS.maxCharsPerCollect - this.charsRead);
    const text = readContainerText(container, budget);
    this.charsRead += text.length;
    if (text.trim().length > 0) this.evidence.push({ container, kind, text });
  }

  consider(el: Element): void {
    const context = this.contextOf(el);
    if (!context.excluded && context.container && context.kind) this.add(context.container, context.kind);
  }

  private isCandidate(el: Element): boolean {
    if (CANDIDATE_TAG_SET.has(el.localName)) return true;
    if (!el.hasAttributes()) return false;
    const role = el.getAttribute('role');
    if (role && CANDIDATE_ROLES.has(role)) return true;
    if (el.hasAttribute('header')) return true;
    const cls = el.getAttribute('class');
    return cls !== null && A_ALERT_CLASS.test(cls);
  }

  /**
   * Light DOM: one walk that leaves out subtrees never holding evidence (a table's rows, navigation,
   * the masthead) finds both the candidates and the shadow roots to descend into. Each element
   * visited costs a wrapper in the extension's world, so a 5,000-row table costs next to nothing.
   */
  private scanLight(scope: Element | Document, shadows: ShadowRoot[]): void {
    walkLightTree(scope, holdsNoEvidence, (el) => {
      if (this.isCandidate(el)) this.consider(el);
      const shadow = el.shadowRoot;
      if (shadow) shadows.push(shadow);
    });
  }

  /** Shadow trees are small and many (one per Katal element): walk them by hand. */
  private scanShadow(root: ShadowRoot, shadows: ShadowRoot[]): void {
    const stack: Element[] = [];
    for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    while (stack.length > 0 && this.elementsVisited < EVIDENCE_LIMITS.maxElementsPerCollect) {
      const el = stack.pop() as Element;
      this.elementsVisited += 1;
      if (holdsNoEvidence(el)) continue;
      if (this.isCandidate(el)) this.consider(el);
      if (el.shadowRoot) shadows.push(el.shadowRoot);
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
  }

  /** Every container in a subtree, its open shadow roots included. */
  scan(root: Node): void {
    const shadows: ShadowRoot[] = [];
    if (isElement(root)) {
      this.consider(root);
      if (root.shadowRoot) shadows.push(root.shadowRoot);
      this.scanLight(root, shadows);
    } else if (root.nodeType === DOCUMENT_NODE) {
      this.scanLight(root as Document, shadows);
    } else if (root.nodeType === FRAGMENT_NODE) {
      shadows.push(root as ShadowRoot);
    }
    while (shadows.length > 0 && !this.full) this.scanShadow(shadows.pop() as ShadowRoot, shadows);
  }
}

function appendAttributes(el: Element, names: readonly string[], parts: string[]): number {
  let added = 0;
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value) {
      parts.push(value);
      added += value.length + 1;
    }
  }
  return added;
}

/** Attributes first (Katal's header and description), then the shadow tree, then light children. */
function readContainerText(container: Element, maxChars: number): string {
  const parts: string[] = [];
  let chars = appendAttributes(
    container,
    container.localName.startsWith('kat-') ? KATAL_TEXT_ATTRIBUTES : CONTAINER_TEXT_ATTRIBUTES,
    parts,
  );
  const stack: Node[] = [];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  pushChildren(container);
  if (container.shadowRoot) stack.push(container.shadowRoot);
  let visited = 0;
  while (stack.length > 0 && chars < maxChars && visited < EVIDENCE_LIMITS.maxNodesPerEvidence) {
    const node = stack.pop() as Node;
    visited += 1;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const piece = data.length > maxChars - chars ? data.slice(0, maxChars - chars) : data;
      parts.push(piece);
      chars += piece.length + 1;
    } else if (isElement(node)) {
      // aria-hidden marks decoration (icons) inside the container; on an ancestor it can mean an open
      // modal, so it only counts here, never when deciding whether a container is shown.
      if (isSkipped(node) || node.getAttribute('aria-hidden') === 'true') continue;
      if (node.localName.startsWith('kat-')) chars += appendAttributes(node, KATAL_TEXT_ATTRIBUTES, parts);
      pushChildren(node);
      if (node.shadowRoot) stack.push(node.shadowRoot);
    } else if (node.nodeType === FRAGMENT_NODE) {
      pushChildren(node);
    }
  }
  const text = parts.join(' ');
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/** Full scan of a document, element or shadow root. */
export function collectEvidence(root: Node, vocabulary: EvidenceVocabulary): Evidence[] {
  const collector = new Collector(vocabulary);
  collector.scan(root);
  return collector.evidence;
}

/**
 * Incremental: evidence touched by a batch of added or changed nodes (elements, text nodes,
 * shadow roots). A node inside a container, even several shadow hosts deep, yields that whole
 * container re-read; any other node has its subtree scanned. Removed nodes are ignored.
 */
export function collectEvidenceFrom(nodes: Iterable<Node>, vocabulary: EvidenceVocabulary): Evidence[] {
  const collector = new Collector(vocabulary);
  for (const node of nodes) {
    if (collector.full) break;
    if (!node.isConnected) continue;
    const context = collector.contextOf(node);
    if (context.excluded) continue;
    if (context.container && context.kind) collector.add(context.container, context.kind);
    else if (node.nodeType !== TEXT_NODE) collector.scan(node);
  }
  return collector.evidence;
}

/**
 * The evidence the page shows now: `fresh` (this batch's readings) plus every container of
 * `current` that is still on the page, still shown, still an alert, read again so edited text
 * counts. Containers that left, became hidden or stopped being alerts drop out. Cheap: only the
 * few containers already known are re-read. Call it for every batch, even one with no fresh evidence.
 */
export function mergeEvidence(current: readonly Evidence[], fresh: readonly Evidence[]): Evidence[] {
  const collector = new Collector({ isAhrHeading: () => false });
  for (const item of fresh) collector.keep(item);
  for (const item of current) {
    const { container, kind } = item;
    if (!container.isConnected || (kind === 'alert' && !isAlertContainer(container))) continue;
    if (!collector.contextOf(container).excluded) collector.add(container, kind);
  }
  return collector.evidence;
}
