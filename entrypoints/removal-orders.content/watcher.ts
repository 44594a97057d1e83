import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnElement } from '@/lib/removal/dom-text.dom';

/**
 * The account-state watcher's approach (features/account-state/watcher.ts), tuned for tables
 * of orders: DOM changes batched per animation frame, open shadow roots observed as they
 * appear. Two differences keep a 2,000-row table cheap:
 * - only changes that can alter what an order says are observed: nodes added or removed,
 *   text, and the attributes Katal renders as text (a hover that toggles a class is no batch);
 * - our own badges going in are not observed at all (see `quietly`).
 */
export interface ChangeBatch {
  /** Nodes whose subtree must be read again. */
  readonly touched: ReadonlySet<Node>;
  /** Something of the page's was removed: badges may have left with it. */
  readonly removed: boolean;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['label', 'text', 'header'],
};
/** Background tabs get no animation frames; a timer makes sure their badges still come. */
const FRAME_FALLBACK_MS = 250;
const UPGRADE_RETRIES_MS = [300, 1000, 3000] as const;
const MAX_SHADOW_ROOTS = 2000;

export class ChangeWatcher {
  private readonly observer: MutationObserver;
  private readonly observedRoots = new WeakSet<Node>();
  /** The same roots in order, to observe again after a pause. */
  private readonly rootList: Node[] = [];
  private touched = new Set<Node>();
  private removed = false;
  private scheduled = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onBatch: (batch: ChangeBatch) => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    ctx.onInvalidated(() => this.observer.disconnect());
  }

  /** Observes a document or shadow root and every open shadow root below it. */
  observeTree(root: Document | ShadowRoot | Element): void {
    if (root.nodeType !== 1) this.observeRoot(root);
    const pending: Element[] = [];
    this.observeShadowRootsIn(root, pending);
    this.watchUpgrades(pending);
  }

  /**
   * Runs our own DOM changes (badges going in) unobserved: 2,000 badges would otherwise come
   * back as 2,000 mutation records to sort out. Changes the page made before are kept.
   */
  quietly<T>(work: () => T): T {
    this.collect(this.observer.takeRecords());
    this.observer.disconnect();
    try {
      return work();
    } finally {
      for (const root of this.rootList) this.observer.observe(root, OBSERVE);
    }
  }

  private observeRoot(root: Node): void {
    if (this.observedRoots.has(root) || this.rootList.length >= MAX_SHADOW_ROOTS) return;
    this.observedRoots.add(root);
    this.rootList.push(root);
    this.observer.observe(root, OBSERVE);
  }

  /** Walks the light tree natively (a TreeWalker beats any selector here) and descends into each open shadow root. */
  private observeShadowRootsIn(root: Node, pending: Element[]): void {
    const visit = (element: Element) => {
      const shadow = element.shadowRoot;
      // Our own tooltip and panel roots hold nothing of the page's.
      if (!shadow || this.observedRoots.has(shadow) || isOwnElement(element)) return;
      this.observeRoot(shadow);
      this.observeShadowRootsIn(shadow, pending);
    };
    if (root.nodeType === 1) visit(root as Element);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
    for (const element of (root as ParentNode).querySelectorAll(':not(:defined)')) {
      if (element.localName.startsWith('kat-')) pending.push(element);
    }
  }

  /** Katal elements defined after they are in the DOM render late: read them again when they do. */
  private watchUpgrades(pending: readonly Element[]): void {
    if (pending.length === 0) return;
    const recheck = () => {
      if (this.ctx.isInvalid) return;
      for (const el of pending) {
        this.touched.add(el);
        this.observeTree(el);
      }
      this.schedule();
    };
    const registry = globalThis.customElements as CustomElementRegistry | null | undefined;
    if (registry?.whenDefined) {
      for (const tag of new Set(pending.map((el) => el.localName))) void registry.whenDefined(tag).then(recheck);
    }
    // Content scripts may not see the page's registry: retry on a timer as well.
    for (const delay of UPGRADE_RETRIES_MS) this.ctx.setTimeout(recheck, delay);
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (target.nodeType === 1 && isOwnElement(target as Element)) continue;
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && isOwnElement(node as Element)) continue;
          this.touched.add(node);
        }
        for (const node of record.removedNodes) {
          if (node.nodeType !== 1 || !isOwnElement(node as Element)) this.removed = true;
        }
      } else {
        this.touched.add(target);
      }
    }
    if (this.touched.size > 0 || this.removed) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      this.flush();
    };
    this.ctx.requestAnimationFrame(run);
    this.ctx.setTimeout(run, FRAME_FALLBACK_MS);
  }

  private flush(): void {
    this.scheduled = false;
    if (this.ctx.isInvalid) return;
    const batch: ChangeBatch = { touched: this.touched, removed: this.removed };
    this.touched = new Set();
    this.removed = false;
    for (const node of batch.touched) {
      if (node.nodeType === 1 && node.isConnected) this.observeTree(node as Element);
    }
    this.onBatch(batch);
  }
}
