export interface Geometry {
  /** Each target's box in viewport coordinates, in the order the targets were given. */
  readonly boxes: readonly DOMRectReadOnly[];
  readonly viewport: { readonly width: number; readonly height: number };
}

/**
 * Geometry without a forced layout (issue #14). getBoundingClientRect or innerWidth right after
 * a DOM change makes the page lay out synchronously inside our task: ~10 ms on Account Health,
 * more on long notices. An IntersectionObserver's first report on a target instead comes after
 * the browser's own next layout, with every box and the viewport already computed, so reading
 * them costs nothing. Every target observed in one task is reported in the same update, so one
 * callback holds them all: all reads happen there, before the caller writes anything.
 *
 * Returns a cancel function; `done` is never called after it.
 */
export function afterLayout(targets: readonly Element[], done: (geometry: Geometry) => void): () => void {
  const seen = new Map<Element, IntersectionObserverEntry>();
  let viewport: Geometry['viewport'] | null = null;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      seen.set(entry.target, entry);
      // rootBounds is null only in a cross-origin frame; Seller Central's pages are top-level.
      if (entry.rootBounds) viewport = { width: entry.rootBounds.width, height: entry.rootBounds.height };
    }
    if (targets.some((target) => !seen.has(target))) return;
    observer.disconnect();
    done({
      boxes: targets.map((target) => (seen.get(target) as IntersectionObserverEntry).boundingClientRect),
      // Reached only without rootBounds; after the browser's rendering update, so rarely a layout.
      viewport: viewport ?? { width: innerWidth, height: innerHeight },
    });
  });
  for (const target of targets) observer.observe(target);
  return () => observer.disconnect();
}
