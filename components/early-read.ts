/**
 * A read a page starts as its script runs, before the component that shows it exists: the first
 * `load()` takes that promise, later ones read afresh (a watched value that changed).
 */
export interface EarlyRead<T> {
  /** Starts the read now; a rejection surfaces in `load()`, never as an unhandled promise. */
  start(): void;
  load(): Promise<T>;
  /** Settles when the started read does (never rejects); at once when none was started. */
  settled(): Promise<void>;
}

const noop = () => undefined;

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
    settled() {
      return early ? early.then(noop, noop) : Promise.resolve();
    },
  };
}
