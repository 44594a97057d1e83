/**
 * What a bounded history folded out of its list: how many entries, and the newest of them
 * (a time or an ISO day: both order as they compare).
 */
export interface Folded<T extends number | string> {
  count: number;
  until: T;
}

const later = <T extends number | string>(a: T, b: T): T => (a > b ? a : b);

/**
 * Two copies' folds joined on import: each browser folded what it alone held, so the larger
 * count and the later end stand for both (nothing is counted twice).
 */
export function joinFolded<T extends number | string>(
  a: Folded<T> | undefined,
  b: Folded<T> | undefined,
): Folded<T> | undefined {
  return a && b ? { count: Math.max(a.count, b.count), until: later(a.until, b.until) } : (a ?? b);
}
