import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLayout, type Geometry } from '@/entrypoints/seller-central.content/features/account-state/after-layout';
import { FakeObserver, installFakeObserver } from './fake-intersection-observer';

describe('afterLayout: geometry from the first observer report, never by a synchronous read', () => {
  afterEach(() => vi.unstubAllGlobals());
  const targets = (): [Element, Element] => [document.createElement('div'), document.createElement('span')];

  it('reads no geometry itself: it only observes, and answers once every target is reported', () => {
    installFakeObserver();
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
    installFakeObserver();
    const [card, alert] = targets();
    let geometry: Geometry | undefined;
    afterLayout([card, alert], (g) => {
      geometry = g;
    });
    FakeObserver.last.report([card, alert]);
    expect(geometry?.boxes.map((b) => b.left)).toEqual([0, 10]);
  });

  it('never answers once cancelled', () => {
    installFakeObserver();
    const done = vi.fn();
    const cancel = afterLayout(targets(), done);
    cancel();
    FakeObserver.last.report(FakeObserver.last.observed);
    expect(done).not.toHaveBeenCalled();
  });
});
