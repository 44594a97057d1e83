import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/lib/content-script/ask-background';
import { defineFeature } from '@/lib/content-script/feature';
import { whenIdle } from '@/lib/content-script/page-messages';
import { isScriptRunning } from '@/lib/content-script/script-presence';
import { isOwnUi } from '@/lib/detect/evidence.dom';
import { ChangeWatcher } from '@/lib/dom/change-watcher.dom';
import { sendMessage } from '@/lib/messaging';
import {
  changedRowsMayShowRemovalOrder,
  isTableOrSilent,
  type LaterStretch,
  probeTable,
  tablesIn,
} from '@/lib/removal/probe.dom';

/** How far from the screen a long table's unprobed rows start being read: a fast scroll still finds them read. */
const NEAR_SCREEN = '1500px 0px';

/**
 * Manage Orders without the removal script's cost: the rows on and near the screen are probed
 * for one that may not be a customer order (open shadow roots included), then each further
 * stretch as it nears the screen and each row the page adds or edits. The first "maybe" asks the
 * background to inject the removal script, which reads the page properly; the probe then stops.
 */
export const removalProbe = defineFeature({
  id: 'removal-probe',
  include: ['manage-orders'],
  async init(ctx) {
    await whenIdle(ctx);
    if (ctx.isInvalid || isScriptRunning('removal-orders')) return false;
    const probe = new RowProbe(ctx);
    probe.start();
    return {
      navigated: () => probe.start(),
      standDown: () => probe.pause(),
    };
  },
});

class RowProbe {
  private injected = false;
  private running = false;
  private readonly stretches = new Map<Element, LaterStretch>();
  private nearScreen: IntersectionObserver | undefined;
  private watcher: ChangeWatcher | undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  start(): void {
    if (this.injected || this.running || isScriptRunning('removal-orders')) return;
    this.running = true;
    if (this.watcher) {
      // Back on Manage Orders after another page: what the page shows now is read afresh.
      this.probe(this.watcher.roots().flatMap((root) => tablesIn(root as ParentNode)));
      return;
    }
    this.watcher = new ChangeWatcher(
      this.ctx,
      { attributes: [], isOwn: isOwnUi, skipsShadowsIn: isTableOrSilent },
      (batch) => this.onChanges(batch.touched),
    );
    this.watcher.observeTree(document);
    this.probe(this.watcher.roots().flatMap((root) => tablesIn(root as ParentNode)));
  }

  /** Another page kind (single-page navigation): nothing is read until Manage Orders shows again. */
  pause(): void {
    this.running = false;
    this.nearScreen?.disconnect();
    this.stretches.clear();
  }

  private probe(tables: Iterable<Element>): void {
    for (const table of tables) {
      if (!this.running) return;
      if (probeTable(table, (stretch) => this.readWhenNear(stretch))) this.found();
    }
  }

  private readWhenNear(stretch: LaterStretch): void {
    this.nearScreen ??= new IntersectionObserver((entries) => this.onNearScreen(entries), { rootMargin: NEAR_SCREEN });
    this.stretches.set(stretch.first, stretch);
    this.nearScreen.observe(stretch.first);
  }

  private onNearScreen(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const stretch = this.stretches.get(entry.target);
      if (!entry.isIntersecting || !stretch) continue;
      this.stretches.delete(entry.target);
      this.nearScreen?.unobserve(entry.target);
      if (stretch.read()) {
        this.found();
        return;
      }
    }
  }

  private onChanges(touched: Iterable<Node>): void {
    if (!this.running) return;
    const tables = new Set<Element>();
    if (changedRowsMayShowRemovalOrder(touched, tables)) this.found();
    else this.probe(tables);
  }

  private found(): void {
    if (!this.running) return;
    this.pause();
    this.injected = true;
    if (isScriptRunning('removal-orders')) return;
    void askBackground(this.ctx, () => sendMessage('injectRemovalScript')).catch(() => {
      // The extension was reloaded or updated: this old script simply stops.
    });
  }
}
