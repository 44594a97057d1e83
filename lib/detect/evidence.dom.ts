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
 * - the Account Health Rating widget, found by its label wherever the label sits (a span, a
 *   card title, a shadow root) and read by structure (ahr-widget.dom.ts);
 * - the documents of same-origin frames, read like the page.
 * The outermost container wins: its whole text is one piece of evidence, cut into segments at
 * block boundaries, with headlines (Katal `header`, headings, `.a-alert-heading`) marked and
 * link, quote and citation text left out. Each piece of evidence carries its box's tone (Katal
 * `variant`, `.a-alert-error/warning/info/success`, role) and is dropped when it sits in quoted
 * content: help, news, forum, Seller University or community panels, blockquotes, links.
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
import { holdsClassWord } from '@/lib/dom/class-words';
import { walkLightTreeSteps } from '@/lib/dom/light-tree.dom';
import { isAhrHeading, type RatingWords, type WidgetRating } from './ahr';
import { readWidget, widgetAround } from './ahr-widget.dom';
import { EVIDENCE_LIMITS } from './limits';
import { normalizeText } from './normalize';
import { scriptsIn } from './page-languages';
import type { Segment, Tone } from './reader';
import { finish, type Steps } from './steps';

/**
 * alert: an alert box. account-health: the rating's widget or area. notice: a notice card or a
 * notification's text on a page, styled as no alert; it counts only when it addresses the seller.
 */
export type EvidenceKind = 'alert' | 'account-health' | 'notice';

export interface Evidence {
  readonly container: Element;
  readonly kind: EvidenceKind;
  /** How loud the box is. */
  readonly tone: Tone;
  /** The container's text in blocks, headlines marked; links and quotes left out. */
  readonly segments: readonly Segment[];
  /** All of it joined, capped (for the seller's own phrases). */
  readonly text: string;
  /** The Account Health Rating the widget shows, read by structure. */
  readonly rating: WidgetRating | null;
}

/** What collection needs to recognize the Account Health Rating widget. */
export type EvidenceVocabulary = RatingWords;

export { EVIDENCE_LIMITS };

/** Shadow-tree elements walked between two steps of a scan. */
const SHADOW_ELEMENTS_PER_STEP = 32;

/** Elements that may start a container: everything else is only read as part of one. */
const CANDIDATE_TAG_SET = new Set(['kat-alert', 'kat-banner', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section']);
const CANDIDATE_ROLES = new Set(['alert', 'status', 'alertdialog', 'heading', 'region']);

const ALERT_TAGS = new Set(['kat-alert', 'kat-banner']);
const ALERT_ROLES = new Set(['alert', 'status', 'alertdialog']);
const A_ALERT_CLASS = /(?:^|\s)a-alert/;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Notice cards and notification texts that carry no alert styling. */
export const NOTICE_CLASS_WORDS: ReadonlySet<string> = new Set(
  ['notice', 'notification', 'message', 'status', 'banner', 'warning', 'letter', 'mail'].flatMap((word) => [
    word,
    word === 'status' ? 'statuses' : `${word}s`,
  ]),
);
/** Katal elements of Seller Central's own that are alerts or notices by name (kat-payment-banner). */
const KAT_ALERT_NAME = /^kat-[\w-]*(?:alert|banner)$/;
const KAT_NOTICE_NAME = /^kat-[\w-]*(?:notice|notification|message)$/;
const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section']);
const EXCLUDED_TAGS = new Set([
  'nav',
  'tr',
  // Only rows live in these: skipping them whole saves visiting every row of a big table.
  'thead',
  'tbody',
  'tfoot',
  // Katal's sections likewise: a 2,000-row inventory table is otherwise 2,000 rows visited and
  // skipped one by one, twice per load (issue #14).
  'kat-table-head',
  'kat-table-body',
  'kat-table-footer',
  'kat-table-row',
  'button',
  'kat-button',
  // Help text behind an info icon explains the rating or a policy; it is never a notice.
  'kat-popover',
  'kat-tooltip',
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
const KATAL_HEADLINE_ATTRIBUTES = new Set(['header', 'label', 'title']);
const CONTAINER_TEXT_ATTRIBUTES = ['aria-label', 'title'] as const;
const HEADING_CHILDREN_CHECKED = 3;
const HEADING_TEXT_CAP = 200;
/** Quoted content: what it says is about someone's account in general, not this seller's now. */
const QUOTING_TAGS = new Set(['blockquote', 'q', 'cite', 'a', 'kat-link']);
export const QUOTING_CLASS_WORDS: ReadonlySet<string> = new Set([
  'help',
  'helphub',
  'news',
  'forum',
  'forums',
  'community',
  'learn',
  'university',
  'selleruniversity',
  'blog',
  'article',
  'tutorial',
  'faq',
  'resource',
  'resources',
  'knowledge',
  'kb',
  'announcement',
  'announcements',
  'quote',
  'citation',
]);
/** Inline elements: their text belongs to the block around them. */
const INLINE_TAGS = new Set([
  'span',
  'b',
  'strong',
  'em',
  'i',
  'u',
  'small',
  'abbr',
  'code',
  'mark',
  'sup',
  'sub',
  'time',
  'font',
  'label',
  'bdi',
  'bdo',
  'br',
  'wbr',
  'data',
  'var',
  'kbd',
  'slot',
]);
const HEADLINE_CLASS = /(?:^|\s)(?:a-alert-heading|a-alert-title|kat-alert-header|header|heading|title)(?:\s|$)/;
/** Short leaves that may hold the rating's label: longer text is prose. */
const LABEL_TEXT_MAX = 120;
/** A label may share its element with an info button or popover ("Rating <kat-popover>"). */
const LABEL_CHILDREN_MAX = 2;

/** An element's own text: all of it for a leaf, else only its direct text nodes. */
function ownText(el: Element): string {
  if (el.firstElementChild === null) return el.textContent ?? '';
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling)
    if (child.nodeType === TEXT_NODE) text += (child as Text).data;
  return text;
}

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
  /** Inside help, news, forum or community content, a quote or a link. */
  readonly quoted: boolean;
}

const ROOT: Context = { excluded: false, container: null, kind: null, sectioning: false, quoted: false };
const EXCLUDED: Context = { excluded: true, container: null, kind: null, sectioning: false, quoted: false };

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Parent in the composed tree: a shadow root's parent is its host; a frame's document, its frame. */
function composedParent(node: Node): Node | null {
  if (node.nodeType === FRAGMENT_NODE) return (node as ShadowRoot).host ?? null;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === DOCUMENT_NODE) return frameOf(parent as Document);
  if (parent.nodeType === FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
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

function isQuoting(el: Element): boolean {
  if (QUOTING_TAGS.has(el.localName)) return true;
  const cls = el.getAttribute('class');
  if (cls && holdsClassWord(cls, QUOTING_CLASS_WORDS)) return true;
  const id = el.id;
  return id.length > 0 && holdsClassWord(id, QUOTING_CLASS_WORDS);
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
  if (ALERT_TAGS.has(el.localName) || KAT_ALERT_NAME.test(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && ALERT_ROLES.has(role)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && A_ALERT_CLASS.test(cls);
}

const TONE_WORDS: ReadonlyArray<readonly [Tone, RegExp]> = [
  ['success', /success|positive|confirm/],
  ['error', /danger|error|critical|severe|negative|alert/],
  ['warning', /warn|caution|attention/],
  ['info', /info|tip|neutral|notice|announcement/],
];

function toneOfWord(value: string | null): Tone | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  for (const [tone, pattern] of TONE_WORDS) if (pattern.test(lower)) return tone;
  return null;
}

/** Katal's variant or type, AUI's alert class, else the role: role=alert is loud, status is not. */
function toneOf(el: Element, kind: EvidenceKind): Tone {
  if (kind === 'account-health') return 'neutral';
  if (kind === 'notice') return 'notice';
  const katal = toneOfWord(el.getAttribute('variant') ?? el.getAttribute('type'));
  if (katal) return katal;
  const cls = el.getAttribute('class') ?? '';
  const aui = /a-alert-(?:inline-)?(\w+)/.exec(cls);
  const fromClass = toneOfWord(aui?.[1] ?? null);
  if (fromClass) return fromClass;
  const role = el.getAttribute('role');
  if (role === 'alert' || role === 'alertdialog') return 'error';
  // A Katal alert without a variant is Katal's default, informational.
  return el.localName.startsWith('kat-') || role === 'status' ? 'info' : 'neutral';
}

function isNoticeContainer(el: Element): boolean {
  if (KAT_NOTICE_NAME.test(el.localName)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && holdsClassWord(cls, NOTICE_CLASS_WORDS) && !HEADING_TAGS.has(el.localName);
}

function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(el.localName) || el.getAttribute('role') === 'heading';
}

function isHeadline(el: Element): boolean {
  if (isHeading(el) || el.getAttribute('slot') === 'header') return true;
  const cls = el.getAttribute('class');
  return cls !== null && HEADLINE_CLASS.test(cls);
}

function cappedText(el: Element): string {
  const text = el.textContent ?? '';
  return text.length > HEADING_TEXT_CAP ? '' : text;
}

function isAhrArea(el: Element, words: EvidenceVocabulary): boolean {
  if (el.localName.startsWith('kat-')) {
    for (const name of ['header', 'label', 'aria-label']) {
      const value = el.getAttribute(name);
      if (value && isAhrHeading(value, words)) return true;
    }
  }
  const label = el.getAttribute('aria-label');
  if (label && (el.localName === 'section' || el.getAttribute('role') === 'region') && isAhrHeading(label, words)) {
    return true;
  }
  let child = el.firstElementChild;
  for (let i = 0; child && i < HEADING_CHILDREN_CHECKED; i += 1, child = child.nextElementSibling) {
    const heading = isHeading(child) ? child : child.localName === 'header' ? firstHeadingChild(child) : null;
    if (heading && isAhrHeading(cappedText(heading), words)) return true;
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

/** Same-origin frame documents; others throw or answer null. */
function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** One collect call: memoized contexts, budgets, and the evidence found so far. */
class Collector {
  private readonly contexts = new Map<Node, Context>();
  private readonly seen = new Set<Element>();
  readonly evidence: Evidence[] = [];
  private elementsVisited = 0;
  private charsRead = 0;
  private labelsFollowed = 0;
  private framesRead = 0;
  /** Writing systems seen in short texts and evidence (page-languages.ts SCRIPT bits). */
  scripts = 0;
  /** Told of the scanned document's shadow roots and undefined Katal elements; dropped before frames. */
  private witness: ScanWitness | undefined;

  constructor(
    private readonly words: EvidenceVocabulary,
    witness?: ScanWitness,
  ) {
    this.witness = witness;
  }

  private step(parent: Context, node: Node): Context {
    if (parent.excluded || !isElement(node)) return parent;
    if (isSkipped(node)) return EXCLUDED;
    const sectioning = parent.sectioning || SECTIONING_TAGS.has(node.localName);
    const quoted = parent.quoted || isQuoting(node);
    if (parent.container) {
      // An alert inside a notice card or notification page is read as the alert it is.
      if (parent.kind === 'notice' && !quoted && isAlertContainer(node))
        return { excluded: false, container: node, kind: 'alert', sectioning, quoted };
      return sectioning === parent.sectioning && quoted === parent.quoted ? parent : { ...parent, sectioning, quoted };
    }
    // A header outside any sectioning element is the page masthead (status pill, switcher, search).
    if (node.localName === 'header' && !parent.sectioning) return EXCLUDED;
    if (isAlertContainer(node)) return { excluded: false, container: node, kind: 'alert', sectioning, quoted };
    if (isAhrArea(node, this.words))
      return { excluded: false, container: node, kind: 'account-health', sectioning, quoted };
    if (isNoticeContainer(node)) return { excluded: false, container: node, kind: 'notice', sectioning, quoted };
    return sectioning === parent.sectioning && quoted === parent.quoted ? parent : { ...ROOT, sectioning, quoted };
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

  /** Reads a container once; true when it was read now (the costly part of a scan). */
  add(container: Element, kind: EvidenceKind, rating?: WidgetRating | null): boolean {
    if (this.seen.has(container) || this.full) return false;
    this.seen.add(container);
    const budget = Math.min(EVIDENCE_LIMITS.maxCharsPerEvidence, EVIDENCE_LIMITS.maxCharsPerCollect - this.charsRead);
    const { segments, text } = readContainer(container, budget);
    this.charsRead += text.length;
    this.scripts |= scriptsIn(text);
    const widget =
      rating !== undefined ? rating : kind === 'account-health' ? readWidget(container, null, this.words) : null;
    if (text.trim().length > 0 || widget)
      this.evidence.push({ container, kind, tone: toneOf(container, kind), segments, text, rating: widget });
    return true;
  }

  consider(el: Element): boolean {
    const context = this.contextOf(el);
    return !context.excluded && !context.quoted && context.container !== null && context.kind !== null
      ? this.add(context.container, context.kind)
      : false;
  }

  /** A short leaf naming the rating: the widget around it is evidence (unless an alert holds it). */
  private considerLabel(el: Element): boolean {
    if (this.labelsFollowed >= EVIDENCE_LIMITS.maxRatingLabels) return false;
    const text = ownText(el);
    if (text.length < 3 || text.length > LABEL_TEXT_MAX) return false;
    this.scripts |= scriptsIn(text);
    if (!this.words.isLabel(normalizeText(text))) return false;
    this.labelsFollowed += 1;
    const context = this.contextOf(el);
    if (context.excluded || context.quoted) return false;
    if (context.container && context.kind === 'alert') return this.add(context.container, 'alert');
    // A rating area found by its heading may be only the card's header: the widget is where the score is.
    const found = widgetAround(el, this.words);
    if (found && !this.contextOf(found.widget).excluded) return this.add(found.widget, 'account-health', found.rating);
    return context.container ? this.add(context.container, 'account-health') : true;
  }

  private isCandidate(el: Element): boolean {
    if (CANDIDATE_TAG_SET.has(el.localName)) return true;
    if (el.localName.startsWith('kat-') && (KAT_ALERT_NAME.test(el.localName) || KAT_NOTICE_NAME.test(el.localName)))
      return true;
    if (!el.hasAttributes()) return false;
    const role = el.getAttribute('role');
    if (role && CANDIDATE_ROLES.has(role)) return true;
    if (el.hasAttribute('header')) return true;
    const cls = el.getAttribute('class');
    return cls !== null && (A_ALERT_CLASS.test(cls) || holdsClassWord(cls, NOTICE_CLASS_WORDS));
  }

  /** True when it read a container (a scan's step ends there). */
  private visit(el: Element, shadows: ShadowRoot[], frames: Document[]): boolean {
    let read = this.isCandidate(el) && this.consider(el);
    if (el.childElementCount <= LABEL_CHILDREN_MAX) read = this.considerLabel(el) || read;
    const shadow = el.shadowRoot;
    if (shadow) {
      // Observed before its content is read: what renders into it meanwhile is still seen.
      this.witness?.shadowRoot(shadow);
      shadows.push(shadow);
    }
    if (this.witness && el.localName.startsWith('kat-') && !el.matches(':defined')) this.witness.undefinedKatal(el);
    if (this.framesRead < EVIDENCE_LIMITS.maxFrames) {
      const doc = frameDocument(el);
      if (doc) {
        this.framesRead += 1;
        frames.push(doc);
      }
    }
    return read;
  }

  /**
   * Light DOM: one walk that leaves out subtrees never holding evidence (a table's rows, navigation,
   * the masthead) finds both the candidates and the shadow roots to descend into. Each element
   * visited costs a wrapper in the extension's world, so a 5,000-row table costs next to nothing.
   */
  private *scanLight(scope: Element | Document, shadows: ShadowRoot[], frames: Document[]): Steps<void> {
    yield* walkLightTreeSteps(scope, holdsNoEvidence, (el) => this.visit(el, shadows, frames));
  }

  /** Shadow trees are small and many (one per Katal element): walk them by hand. */
  private *scanShadow(root: ShadowRoot, shadows: ShadowRoot[], frames: Document[]): Steps<void> {
    const stack: Element[] = [];
    for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    while (stack.length > 0 && this.elementsVisited < EVIDENCE_LIMITS.maxElementsPerCollect) {
      const el = stack.pop() as Element;
      this.elementsVisited += 1;
      if (this.elementsVisited % SHADOW_ELEMENTS_PER_STEP === 0) yield;
      if (holdsNoEvidence(el)) continue;
      if (this.visit(el, shadows, frames)) yield;
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
  }

  /**
   * Every container in a subtree, its open shadow roots and same-origin frames included; in steps
   * of a few dozen elements or one container read.
   */
  *scan(root: Node): Steps<void> {
    const shadows: ShadowRoot[] = [];
    const frames: Document[] = [];
    if (isElement(root)) {
      this.consider(root);
      if (root.shadowRoot) {
        this.witness?.shadowRoot(root.shadowRoot);
        shadows.push(root.shadowRoot);
      }
      yield* this.scanLight(root, shadows, frames);
    } else if (root.nodeType === DOCUMENT_NODE) {
      yield* this.scanLight(root as Document, shadows, frames);
    } else if (root.nodeType === FRAGMENT_NODE) {
      shadows.push(root as ShadowRoot);
    }
    while (shadows.length > 0 && !this.full) {
      yield;
      yield* this.scanShadow(shadows.pop() as ShadowRoot, shadows, frames);
    }
    // The witness watches one document: a frame's changes are heard through its load event.
    if (shadows.length > 0 || this.elementsVisited >= EVIDENCE_LIMITS.maxElementsPerCollect) this.witnessMissed = true;
    this.witness = undefined;
    for (const doc of frames) if (!this.full) yield* this.scan(doc);
  }

  /** True when the scan stopped at a limit before its witness heard of every shadow root. */
  witnessMissed = false;
}

function appendAttributes(el: Element, names: readonly string[], blocks: Block[]): number {
  let added = 0;
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value) {
      blocks.push({ parts: [value], headline: KATAL_HEADLINE_ATTRIBUTES.has(name) });
      added += value.length + 1;
    }
  }
  return added;
}

interface Block {
  readonly parts: string[];
  readonly headline: boolean;
}

/** The block a text node's text belongs to: its closest non-inline ancestor within the container. */
function blockOf(node: Node, container: Element): Element {
  let current = node.parentNode;
  while (current && current !== container && isElement(current) && INLINE_TAGS.has(current.localName)) {
    current = current.parentNode;
  }
  return current && isElement(current) ? current : container;
}

function headlineWithin(node: Node, container: Element): boolean {
  for (let current = node.parentNode; current && current !== container; current = current.parentNode) {
    if (isElement(current) && isHeadline(current)) return true;
  }
  return false;
}

/**
 * Attributes first (Katal's header and description), then the shadow tree, then light children;
 * text grouped by block, links, quotes and citations left out.
 */
function readContainer(container: Element, maxChars: number): { segments: Segment[]; text: string } {
  const blocks: Block[] = [];
  let chars = appendAttributes(
    container,
    container.localName.startsWith('kat-') ? KATAL_TEXT_ATTRIBUTES : CONTAINER_TEXT_ATTRIBUTES,
    blocks,
  );
  const stack: Node[] = [];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  pushChildren(container);
  if (container.shadowRoot) stack.push(container.shadowRoot);
  let visited = 0;
  let lastBlock: Element | null = null;
  let current: Block | null = null;
  while (stack.length > 0 && chars < maxChars && visited < EVIDENCE_LIMITS.maxNodesPerEvidence) {
    const node = stack.pop() as Node;
    visited += 1;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.trim().length === 0) continue;
      const piece = data.length > maxChars - chars ? data.slice(0, maxChars - chars) : data;
      const block = blockOf(node, container);
      if (!current || block !== lastBlock) {
        current = { parts: [], headline: headlineWithin(node, container) };
        blocks.push(current);
        lastBlock = block;
      }
      current.parts.push(piece);
      chars += piece.length + 1;
    } else if (isElement(node)) {
      // aria-hidden marks decoration (icons) inside the container; on an ancestor it can mean an open
      // modal, so it only counts here, never when deciding whether a container is shown.
      if (isSkipped(node) || node.getAttribute('aria-hidden') === 'true' || QUOTING_TAGS.has(node.localName)) continue;
      if (node.localName.startsWith('kat-')) {
        chars += appendAttributes(node, KATAL_TEXT_ATTRIBUTES, blocks);
        lastBlock = null;
      }
      pushChildren(node);
      if (node.shadowRoot) stack.push(node.shadowRoot);
    } else if (node.nodeType === FRAGMENT_NODE) {
      pushChildren(node);
    }
  }
  const segments = blocks.map((block) => ({ text: block.parts.join(' '), headline: block.headline }));
  const text = segments.map((segment) => segment.text).join('\n');
  return { segments, text: text.length > maxChars ? text.slice(0, maxChars) : text };
}

export interface PageScan {
  readonly evidence: Evidence[];
  /** Writing systems seen (page-languages.ts SCRIPT bits): lexicons the page may still need. */
  readonly scripts: number;
  /** The witness heard of every shadow root the scan's walk met (it did not stop at a limit). */
  readonly witnessed: boolean;
}

/**
 * What a scan meets on its walk that a change watcher needs too, so that a page is walked once,
 * not once to read it and once more to watch it (2,000 Katal rows cost ~4 ms per walk, issue #14).
 * The scan skips the same subtrees the watcher would (holdsNoEvidence).
 */
export interface ScanWitness {
  /** An open shadow root of the scanned document, told before its content is read. */
  shadowRoot(shadow: ShadowRoot): void;
  /** A Katal element not defined yet: it renders later. */
  undefinedKatal(element: Element): void;
}

/** Full scan of a document, element or shadow root, in steps. */
export function* scanForEvidenceSteps(
  root: Node,
  vocabulary: EvidenceVocabulary,
  witness?: ScanWitness,
): Steps<PageScan> {
  const collector = new Collector(vocabulary, witness);
  yield* collector.scan(root);
  return { evidence: collector.evidence, scripts: collector.scripts, witnessed: !collector.witnessMissed };
}

export function scanForEvidence(root: Node, vocabulary: EvidenceVocabulary, witness?: ScanWitness): PageScan {
  return finish(scanForEvidenceSteps(root, vocabulary, witness));
}

export function collectEvidence(root: Node, vocabulary: EvidenceVocabulary): Evidence[] {
  return scanForEvidence(root, vocabulary).evidence;
}

/**
 * Incremental: evidence touched by a batch of added or changed nodes (elements, text nodes,
 * shadow roots). A node inside a container, even several shadow hosts deep, yields that whole
 * container re-read; any other node has its subtree scanned. Removed nodes are ignored.
 */
export function* collectEvidenceFromSteps(nodes: Iterable<Node>, vocabulary: EvidenceVocabulary): Steps<Evidence[]> {
  const collector = new Collector(vocabulary);
  for (const node of nodes) {
    if (collector.full) break;
    yield;
    if (!node.isConnected) continue;
    const context = collector.contextOf(node);
    if (context.excluded || context.quoted) continue;
    if (context.container && context.kind) collector.add(context.container, context.kind);
    else yield* collector.scan(node.nodeType === TEXT_NODE ? (node.parentNode ?? node) : node);
  }
  return collector.evidence;
}

export function collectEvidenceFrom(nodes: Iterable<Node>, vocabulary: EvidenceVocabulary): Evidence[] {
  return finish(collectEvidenceFromSteps(nodes, vocabulary));
}

/**
 * The evidence the page shows now: `fresh` (this batch's readings) plus every container of
 * `current` that is still on the page, still shown, still an alert, read again so edited text
 * counts. Containers that left, became hidden or stopped being alerts drop out. Cheap: only the
 * few containers already known are re-read. Call it for every batch, even one with no fresh evidence.
 */
export function* mergeEvidenceSteps(
  current: readonly Evidence[],
  fresh: readonly Evidence[],
  vocabulary: EvidenceVocabulary,
): Steps<Evidence[]> {
  const collector = new Collector(vocabulary);
  for (const item of fresh) collector.keep(item);
  for (const item of current) {
    yield;
    const { container, kind } = item;
    if (!container.isConnected) continue;
    if ((kind === 'alert' && !isAlertContainer(container)) || (kind === 'notice' && !isNoticeContainer(container)))
      continue;
    if (!collector.contextOf(container).excluded) collector.add(container, kind);
  }
  return collector.evidence;
}

export function mergeEvidence(
  current: readonly Evidence[],
  fresh: readonly Evidence[],
  vocabulary: EvidenceVocabulary,
): Evidence[] {
  return finish(mergeEvidenceSteps(current, fresh, vocabulary));
}
