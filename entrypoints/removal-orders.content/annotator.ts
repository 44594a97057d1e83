import type { ChangeBatch } from '@/lib/dom/change-watcher.dom';
import { displayText, isOwnElement } from '@/lib/removal/dom-text.dom';
import type { MessageLookup } from '@/lib/removal/messages';
import {
  type LaterRows,
  type RemovalOrderOnPage,
  type ScanOptions,
  scanRemovalOrders,
} from '@/lib/removal/table-scan.dom';
import { createBadge } from './badge';

interface Annotation {
  readonly anchor: Element;
  readonly layout: RemovalOrderOnPage['layout'];
  /** What the anchor said when the badge went in (our badge is never part of it): a class change is no new status. */
  readonly text: string;
}

const NONE: ReadonlySet<string> = new Set();

/** How far from the screen a table's unread rows start being read: a fast scroll still finds them badged. */
const NEAR_SCREEN = '1500px 0px';

/**
 * Puts a badge beside every removal order a page shows and keeps them right as the page
 * changes: one scan of the document at idle, then only what each batch of mutations touched.
 * A row already carrying a badge is never read again, unless its status cell itself changed;
 * then its badge is replaced, so a page that updates a status in place never shows a stale one.
 * The badges' words are asked for when the first order shows: a page of customer orders never
 * talks to the background. Tables read in stretches (Manage Orders) read the next stretch as it
 * nears the screen.
 */
export class RemovalAnnotator {
  /** Badge → where it sits. */
  private readonly annotations = new Map<Element, Annotation>();
  /** Anchor → its badge, to find a changed status cell from a mutated node inside it. */
  private readonly badgeAt = new WeakMap<Element, Element>();

  /** Set once the words arrived; orders found before then wait in `waiting`. */
  private lookup: MessageLookup | null = null;
  private waiting: RemovalOrderOnPage[] = [];
  private nearScreen: IntersectionObserver | null = null;
  private readonly laterRows = new Map<Element, LaterRows>();
  /** How the page is read, with this annotator taking the stretches left for later. */
  private options: ScanOptions;

  constructor(
    /** The badges' words, asked for once. */
    private readonly words: () => Promise<MessageLookup>,
    options: ScanOptions,
    private readonly onOrders: (orders: readonly RemovalOrderOnPage[]) => void,
    /** Runs the badge insertions; a watcher passes them by its observer here. */
    private readonly insert: (work: () => void) => void = (work) => work(),
  ) {
    this.options = this.withLater(options);
  }

  get badgeCount(): number {
    return this.annotations.size;
  }

  /** A new URL (single-page navigation) can change how the page is read. */
  setOptions(options: ScanOptions): void {
    this.options = this.withLater(options);
  }

  private withLater(options: ScanOptions): ScanOptions {
    return { ...options, later: (rest) => this.readWhenNear(rest) };
  }

  /** Takes every badge off the page (the extension was reloaded: their tooltips would no longer answer). */
  removeAll(): void {
    this.nearScreen?.disconnect();
    this.laterRows.clear();
    this.waiting = [];
    for (const badge of [...this.annotations.keys()]) this.drop(badge);
  }

  scanDocument(): void {
    this.nearScreen?.disconnect();
    this.laterRows.clear();
    this.annotate(scanRemovalOrders(document, this.options));
  }

  onBatch(batch: ChangeBatch): void {
    if (batch.removed) this.forgetRemoved();
    if (batch.touched.size === 0) return;
    const { roots, staleAnchors } = this.rootsOf(batch.touched);
    let wholeDocument = false;
    for (const anchor of staleAnchors) {
      const badge = this.badgeAt.get(anchor);
      const annotation = badge ? this.annotations.get(badge) : undefined;
      if (badge?.isConnected && annotation && displayText(anchor) === annotation.text) continue;
      if (badge) this.drop(badge);
      // A detail page pairs labels across the page: its status is only read right from the top.
      if (annotation?.layout === 'detail') wholeDocument = true;
      else roots.push(anchor);
    }
    if (wholeDocument) {
      this.scanDocument();
      return;
    }
    const found: RemovalOrderOnPage[] = [];
    for (const root of roots) {
      if (root.isConnected) found.push(...scanRemovalOrders(root, { ...this.options, skipOrderIds: NONE }));
    }
    this.annotate(found);
  }

  private readWhenNear(rest: LaterRows): void {
    this.nearScreen ??= new IntersectionObserver((entries) => this.onNearScreen(entries), { rootMargin: NEAR_SCREEN });
    this.laterRows.set(rest.first, rest);
    this.nearScreen.observe(rest.first);
  }

  private onNearScreen(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const rest = this.laterRows.get(entry.target);
      if (!entry.isIntersecting || !rest) continue;
      this.laterRows.delete(entry.target);
      this.nearScreen?.unobserve(entry.target);
      this.annotate(rest.read());
    }
  }

  private annotate(found: readonly RemovalOrderOnPage[]): void {
    if (found.length === 0) return;
    this.onOrders(found);
    if (this.lookup) {
      this.addBadges(found, this.lookup);
      return;
    }
    const first = this.waiting.length === 0;
    this.waiting.push(...found);
    if (!first) return;
    void this.words().then((lookup) => {
      this.lookup = lookup;
      const waiting = this.waiting;
      this.waiting = [];
      this.addBadges(waiting, lookup);
    });
  }

  private addBadges(found: readonly RemovalOrderOnPage[], lookup: MessageLookup): void {
    this.insert(() => {
      for (const order of found) {
        // Read before the words came: the page may have moved on since.
        if (!order.anchor.isConnected) continue;
        const present = this.badgeAt.get(order.anchor);
        if (present?.isConnected && present.parentNode === order.anchor) continue;
        const badge = createBadge(order, lookup);
        order.anchor.append(badge);
        // The status as read is the anchor's text in all but rare cases; those only cost a rebuild.
        this.annotations.set(badge, { anchor: order.anchor, layout: order.layout, text: order.statusText });
        this.badgeAt.set(order.anchor, badge);
      }
    });
  }

  private drop(badge: Element): void {
    const annotation = this.annotations.get(badge);
    this.annotations.delete(badge);
    if (annotation && this.badgeAt.get(annotation.anchor) === badge) this.badgeAt.delete(annotation.anchor);
    badge.remove();
  }

  private forgetRemoved(): void {
    for (const [badge, annotation] of this.annotations) {
      if (badge.isConnected) continue;
      this.annotations.delete(badge);
      // The page re-rendered the anchor's content and took the badge with it: keep the anchor
      // known, so the new content is recognized as a changed status.
      if (!annotation.anchor.isConnected) this.badgeAt.delete(annotation.anchor);
    }
  }

  /**
   * The outermost touched elements to scan, and the annotated status cells whose content
   * changed. Walks each node's ancestors once (through shadow roots) to find both; our own
   * badges and their tooltips are ignored.
   */
  private rootsOf(touched: ReadonlySet<Node>): { roots: Element[]; staleAnchors: Set<Element> } {
    const candidates = new Set<Element>();
    for (const node of touched) {
      const element = node.nodeType === 1 ? (node as Element) : composedParent(node);
      if (element?.isConnected) candidates.add(element);
    }
    const roots: Element[] = [];
    const staleAnchors = new Set<Element>();
    for (const element of candidates) {
      let insideOther = false;
      let stale: Element | null = null;
      let own = false;
      for (let ancestor = composedParent(element); ancestor; ancestor = composedParent(ancestor)) {
        if (isOwnElement(ancestor)) {
          own = true;
          break;
        }
        if (!stale && this.badgeAt.has(ancestor)) stale = ancestor;
        if (candidates.has(ancestor)) insideOther = true;
      }
      if (own || isOwnElement(element)) continue;
      if (this.badgeAt.has(element)) stale ??= element;
      if (stale) staleAnchors.add(stale);
      else if (!insideOther) roots.push(element);
    }
    return { roots, staleAnchors };
  }
}

/** The parent element, continuing from a shadow root to its host; null at the document. */
function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  if (parent.nodeType === 11 && 'host' in parent) return (parent as ShadowRoot).host;
  return null;
}
