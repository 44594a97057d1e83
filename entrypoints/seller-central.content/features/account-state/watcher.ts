import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnUi } from '@/lib/detect/evidence.dom';

/**
 * Batches DOM changes per animation frame and hands over only what changed: added nodes,
 * changed text and changed attributes. A document-level observer cannot see inside shadow
 * roots, so every open shadow root found is observed too; custom elements still waiting for
 * their definition are re-read once they upgrade.
 */
export interface ChangeBatch {
  /** Nodes whose subtree (or enclosing alert) must be read again. */
  readonly touched: ReadonlySet<Node>;
  /** Something was removed: evidence may have left the page. */
  readonly removed: boolean;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['header', 'description', 'aria-label', 'title', 'class', 'hidden', 'style', 'role', 'open'],
};
/** Background tabs get no animation frames; a timer makes sure their badge still updates. */
const FRAME_FALLBACK_MS = 250;
const UPGRADE_RETRIES_MS = [300, 1000, 3000] as const;
const MAX_SHADOW_ROOTS = 2000;

export class ChangeWatcher {
  private readonly observer: MutationObserver;
  private readonly observedRoots = new WeakSet<Node>();
  private observedCount = 0;
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
    if (!(root instanceof Element)) this.observeRoot(root);
    this.observeShadowRootsIn(root);
    this.watchUpgrades(root);
  }

  private observeRoot(root: Node): void {
    if (this.observedRoots.has(root) || this.observedCount >= MAX_SHADOW_ROOTS) return;
    this.observedRoots.add(root);
    this.observedCount += 1;
    this.observer.observe(root, OBSERVE);
  }

  private observeShadowRootsIn(root: Node): void {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && !this.observedRoots.has(shadow)) {
        this.observeRoot(shadow);
        this.observeShadowRootsIn(shadow);
      }
    }
  }

  /** Katal elements defined after they are in the DOM render late: read them again when they do. */
  private watchUpgrades(root: Node): void {
    const pending = [...((root as ParentNode).querySelectorAll?.(':not(:defined)') ?? [])].filter((el) =>
      el.localName.startsWith('kat-'),
    );
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
      if (target instanceof Element && isOwnUi(target)) continue;
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node instanceof Element && isOwnUi(node)) continue;
          this.touched.add(node);
        }
        if (record.removedNodes.length > 0) this.removed = true;
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
      if (node instanceof Element && node.isConnected) this.observeTree(node);
    }
    this.onBatch(batch);
  }
}
