import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { finish, type Steps } from '@/lib/detect/steps';
import { walkLightTreeSteps } from './light-tree.dom';

/**
 * The content scripts' one change watcher: DOM changes batched per animation frame, handing
 * over only what changed (added nodes, changed text, the attributes a feature names). A
 * document-level observer cannot see inside shadow roots, so every open shadow root found is
 * observed too, and Katal elements defined after they are in the DOM are re-read when they
 * upgrade. Our own UI never counts as a change, and a feature can make its own DOM changes
 * unobserved (`quietly`): 2,000 badges going in are no 2,000 mutation records.
 */
export interface ChangeBatch {
  /** Nodes whose subtree (or enclosing container) must be read again. */
  readonly touched: ReadonlySet<Node>;
  /** Something of the page's was removed: what was read from it may have left with it. */
  readonly removed: boolean;
}

export interface WatchOptions {
  /** Attributes whose changes matter to the feature (e.g. the ones Katal renders as text). */
  readonly attributes: readonly string[];
  /** The extension's own elements (overlay hosts, badges): never a change, never descended into. */
  readonly isOwn: (element: Element) => boolean;
  /**
   * Subtrees whose shadow roots never matter to the feature (a table's rows, scripts): not
   * searched for shadow roots, so a 5,000-row table costs the search nothing. Light-DOM changes
   * inside them are still reported.
   */
  readonly skipsShadowsIn: (element: Element) => boolean;
}

/** Background tabs get no animation frames; a timer makes sure their results still come. */
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

  private readonly init: MutationObserverInit;
  private readonly isOwn: (element: Element) => boolean;
  private readonly skipsShadowsIn: (element: Element) => boolean;

  constructor(
    private readonly ctx: ContentScriptContext,
    options: WatchOptions,
    private readonly onBatch: (batch: ChangeBatch) => void,
  ) {
    this.init = {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...options.attributes],
    };
    this.isOwn = options.isOwn;
    this.skipsShadowsIn = (element) => options.isOwn(element) || options.skipsShadowsIn(element);
    this.observer = new MutationObserver((records) => this.collect(records));
    ctx.onInvalidated(() => this.observer.disconnect());
  }

  /** Observes a document or shadow root and every open shadow root below it. */
  observeTree(root: Document | ShadowRoot | Element): void {
    finish(this.observeTreeSteps(root));
  }

  /**
   * The same in steps (lib/detect/steps.ts), for a whole page read in time slices: the root is
   * observed first, so what changes while its shadow roots are being found is still seen.
   */
  *observeTreeSteps(root: Document | ShadowRoot | Element): Steps<void> {
    if (root.nodeType !== 1) this.observeRoot(root);
    const pending: Element[] = [];
    yield* this.observeShadowRootsIn(root, pending);
    this.watchUpgrades(pending);
  }

  /**
   * Observes one document or shadow root without searching it: for a reader that walks the page
   * anyway and tells each shadow root it meets (evidence.dom.ts, ScanWitness), so the page is
   * walked once. Roots already observed are left as they are.
   */
  observeOnly(root: Document | ShadowRoot): void {
    this.observeRoot(root);
  }

  /** The document and every open shadow root observed so far, in the order they were found. */
  roots(): readonly Node[] {
    return this.rootList;
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
      for (const root of this.rootList) this.observer.observe(root, this.init);
    }
  }

  private observeRoot(root: Node): void {
    if (this.observedRoots.has(root) || this.rootList.length >= MAX_SHADOW_ROOTS) return;
    this.observedRoots.add(root);
    this.rootList.push(root);
    this.observer.observe(root, this.init);
  }

  /**
   * Observes each open shadow root in the light tree and descends into it; Katal elements not yet
   * defined are noted on the same walk (one walk: each element visited costs a wrapper).
   */
  private *observeShadowRootsIn(root: Document | ShadowRoot | Element, pending: Element[]): Steps<void> {
    if (root.nodeType === 1 && this.skipsShadowsIn(root as Element)) return;
    const shadows: ShadowRoot[] = [];
    const own = (root as Element).shadowRoot;
    if (own) shadows.push(own);
    yield* walkLightTreeSteps(root, this.skipsShadowsIn, (element) => {
      const shadow = element.shadowRoot;
      if (shadow) shadows.push(shadow);
      if (element.localName.startsWith('kat-') && !element.matches(':defined')) pending.push(element);
    });
    for (const shadow of shadows) {
      if (this.observedRoots.has(shadow)) continue;
      this.observeRoot(shadow);
      yield* this.observeShadowRootsIn(shadow, pending);
    }
  }

  /** Katal elements defined after they are in the DOM render late: read them again when they do. */
  watchUpgrades(pending: readonly Element[]): void {
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
      if (target.nodeType === 1 && this.isOwn(target as Element)) continue;
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && this.isOwn(node as Element)) continue;
          this.touched.add(node);
        }
        for (const node of record.removedNodes) {
          if (node.nodeType !== 1 || !this.isOwn(node as Element)) this.removed = true;
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
