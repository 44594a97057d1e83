import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLayout, type Geometry } from '@/entrypoints/seller-central.content/features/account-state/after-layout';

/** A stand-in for the browser's observer: the test delivers its reports by hand. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(targets: readonly Element[], rootBounds: DOMRectReadOnly | null = new DOMRect(0, 0, 1200, 800)) {
    if (this.disconnected) return;
    this.callback(
      targets.map(
        (target, i) => ({ target, rootBounds, boundingClientRect: new DOMRect(i * 10, 0, 100, 50) }) as never,
      ),
    );
  }
}

describe('afterLayout: geometry from the first observer report, never by a synchronous read', () => {
  afterEach(() => vi.unstubAllGlobals());
  const targets = (): [Element, Element] => [document.createElement('div'), document.createElement('span')];

  it('reads no geometry itself: it only observes, and answers once every target is reported', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const [card, alert] = targets();
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const seen: Geometry[] = [];
    afterLayout([card, alert], (geometry) => seen.push(geometry));
    expect(FakeObserver.last.observed).toEqual([card, alert]);
    FakeObserver.last.report([alert]);
    expect(seen).toEqual([]);
    FakeObserver.last.report([card]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.viewport).toEqual({ width: 1200, height: 800 });
    // In the order given, whatever order the reports came in.
    expect(seen[0]?.boxes.map((b) => b.left)).toEqual([0, 0]);
    expect(FakeObserver.last.disconnected).toBe(true);
    expect(rect).not.toHaveBeenCalled();
  });

  it('keeps each target’s own box', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const [card, alert] = targets();
    let geometry: Geometry | undefined;
    afterLayout([card, alert], (g) => {
      geometry = g;
    });
    FakeObserver.last.report([card, alert]);
    expect(geometry?.boxes.map((b) => b.left)).toEqual([0, 10]);
  });

  it('never answers once cancelled', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const done = vi.fn();
    const cancel = afterLayout(targets(), done);
    cancel();
    FakeObserver.last.report(FakeObserver.last.observed);
    expect(done).not.toHaveBeenCalled();
  });
});
