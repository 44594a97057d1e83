import {
  elementScroll,
  observeElementOffset,
  type Rect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

type ElementOptions<TItem extends Element> = Omit<
  VirtualizerOptions<HTMLElement, TItem>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'measureElement'
>;

/**
 * The scroll box's size as a ResizeObserver reports it, after the browser's own layout, handed
 * on in the next frame. (The
 * library's default also reads it at once, which forced a layout of the whole popup: 12 ms of a
 * 40 ms task with a 66,667-order report.)
 */
function observeRectAfterLayout<TItem extends Element>(
  instance: Virtualizer<HTMLElement, TItem>,
  report: (rect: Rect) => void,
) {
  const element = instance.scrollElement;
  if (!element) return;
  let frame = 0;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (!box) return;
    // Drawn in the next frame: rows drawn in this one would add their layout to the box's own.
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => report({ width: box.inlineSize, height: box.blockSize }));
  });
  observer.observe(element, { box: 'border-box' });
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}

/**
 * A row's height from its ResizeObserver report; when a row is first drawn, the size the list
 * holds for it (estimated, or measured before) until that report comes, for the same reason.
 */
function measureAfterLayout<TItem extends Element>(
  element: TItem,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLElement, TItem>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return box.blockSize;
  const index = instance.indexFromElement(element);
  return instance.measurementsCache[index]?.size ?? instance.options.estimateSize(index);
}

/** Virtualizers that have placed their box once. */
const placed = new WeakSet<object>();

/**
 * Scrolls the box, except for the library's first call, which puts a new box at the top where it
 * already is: scrollTo forces a layout even then (8 ms with a 66,667-order report).
 */
function scrollAfterPlacing<TItem extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLElement, TItem>,
): void {
  const first = !placed.has(instance);
  placed.add(instance);
  if (first && offset + (options.adjustments ?? 0) === 0) return;
  elementScroll(offset, options, instance);
}

/**
 * A list that draws only the rows near its scroll box's view (TanStack Virtual's core, which
 * handles rows of any height). Preact has no adapter of its own; this is the React adapter's few
 * lines: one virtualizer per component, told the new options on every render, and a render
 * whenever the range or the measured sizes change. Sizes are read only as ResizeObserver reports
 * them, so drawing rows never forces a layout.
 */
export function useVirtualizer<TItem extends Element>(options: ElementOptions<TItem>): Virtualizer<HTMLElement, TItem> {
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, TItem> = {
    observeElementRect: observeRectAfterLayout,
    observeElementOffset,
    scrollToFn: scrollAfterPlacing,
    measureElement: measureAfterLayout,
    // Rows measured in one frame are drawn again in the next, not in the frame that laid them out.
    useAnimationFrameWithResizeObserver: true,
    ...options,
    onChange: (instance, sync) => {
      rerender(0);
      options.onChange?.(instance, sync);
    },
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, TItem>(resolved));
  virtualizer.setOptions(resolved);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
