import { vi } from 'vitest';

/**
 * A stand-in for the browser's IntersectionObserver (happy-dom's never reports): tests deliver
 * its reports by hand, with the boxes they choose.
 */
export class FakeObserver {
  static readonly made: FakeObserver[] = [];
  static get last(): FakeObserver {
    return FakeObserver.made.at(-1) as FakeObserver;
  }
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.made.push(this);
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** Reports the targets with the given boxes (default: 100×50 boxes 10 px apart). */
  report(
    targets: readonly Element[],
    box: (target: Element, i: number) => DOMRectReadOnly = (_, i) => new DOMRect(i * 10, 0, 100, 50),
    rootBounds: DOMRectReadOnly | null = new DOMRect(0, 0, 1200, 800),
  ) {
    if (this.disconnected) return;
    this.callback(targets.map((target, i) => ({ target, rootBounds, boundingClientRect: box(target, i) }) as never));
  }
}

export function installFakeObserver(): void {
  FakeObserver.made.length = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
}
