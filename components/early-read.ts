/**
 * A read a page starts as its script runs, before the component that shows it exists: the first
 * `load()` takes that promise, later ones read afresh (a watched value that changed). When the
 * page waited for it before its first render (mount-page.tsx), `takeSettled()` hands over the
 * outcome synchronously, so that render already shows it.
 */
export interface EarlyRead<T> {
  /** Starts the read now; a rejection surfaces in `load()`, never as an unhandled promise. */
  start(): void;
  load(): Promise<T>;
  /** Settles when the started read does (never rejects); at once when none was started. */
  settled(): Promise<void>;
  /** The started read's outcome if it has arrived (taken once, like `load()`); otherwise null. */
  takeSettled(): Outcome<T> | null;
}

/** What useLiveValue keeps: a value, or the error that took its place. */
export type Outcome<T> = { readonly value: T | undefined; readonly error: unknown };

const noop = () => undefined;

export function earlyRead<T>(read: () => Promise<T>): EarlyRead<T> {
  let early: Promise<T> | null = null;
  let outcome: Outcome<T> | null = null;
  return {
    start() {
      const started = read();
      early = started;
      outcome = null;
      started.then(
        (value) => {
          if (early === started) outcome = { value, error: undefined };
        },
        (error: unknown) => {
          if (early === started) outcome = { value: undefined, error };
        },
      );
    },
    load() {
      const taken = early;
      early = null;
      outcome = null;
      return taken ?? read();
    },
    settled() {
      return early ? early.then(noop, noop) : Promise.resolve();
    },
    takeSettled() {
      const taken = outcome;
      if (taken) {
        early = null;
        outcome = null;
      }
      return taken;
    },
  };
}
