/**
 * A read a page starts as its script runs, before the component that shows it exists: the first
 * `load()` takes that promise, later ones read afresh (a watched value that changed).
 */
export interface EarlyRead<T> {
  /** Starts the read now; a rejection surfaces in `load()`, never as an unhandled promise. */
  start(): void;
  load(): Promise<T>;
}

export function earlyRead<T>(read: () => Promise<T>): EarlyRead<T> {
  let early: Promise<T> | null = null;
  return {
    start() {
      early = read();
      early.catch(() => undefined);
    },
    load() {
      const taken = early;
      early = null;
      return taken ?? read();
    },
  };
}
