/**
 * A read a page starts before the code that shows it runs (the popup's Status tab, the Cases
 * tab's records and settings): the first taker gets that promise, later ones read afresh. A
 * change that makes it stale (`staleWhen`) discards it. When the page waited for it before its
 * first render (components/mount-page.tsx), `takeSettled()` hands over the outcome synchronously.
 */

/** What a live value holds: a value, or the error that took its place. */
export type Outcome<T> = { readonly value: T | undefined; readonly error: unknown };

export interface EarlyReadOptions {
  /** Subscribes to what makes the early read stale; returns the unsubscribe. */
  readonly staleWhen?: (changed: () => void) => () => void;
}

export interface EarlyRead<T> {
  /** Starts the read unless one waits to be taken; a rejection surfaces where it is taken. */
  start(): void;
  /** The started read, once: null when none was started, it was taken, or it went stale. */
  take(): Promise<T> | null;
  /** The started read if there is one to take, otherwise a fresh read. */
  load(): Promise<T>;
  /** Settles when the started read does (never rejects); at once when none waits. */
  settled(): Promise<void>;
  /** The started read's outcome if it has arrived (taken once, like `take()`); otherwise null. */
  takeSettled(): Outcome<T> | null;
}

const noop = () => undefined;

export function earlyRead<T>(read: () => Promise<T>, { staleWhen }: EarlyReadOptions = {}): EarlyRead<T> {
  let early: Promise<T> | null = null;
  let outcome: Outcome<T> | null = null;
  let stopWatching: (() => void) | null = null;

  const take = (): Promise<T> | null => {
    const taken = early;
    early = null;
    outcome = null;
    stopWatching?.();
    stopWatching = null;
    return taken;
  };

  return {
    start() {
      if (early) return;
      const started = read();
      early = started;
      started.then(
        (value) => {
          if (early === started) outcome = { value, error: undefined };
        },
        (error: unknown) => {
          if (early === started) outcome = { value: undefined, error };
        },
      );
      stopWatching = staleWhen?.(() => void take()) ?? null;
    },
    take,
    load: () => take() ?? read(),
    settled: () => (early ? early.then(noop, noop) : Promise.resolve()),
    takeSettled() {
      const taken = outcome;
      if (taken) take();
      return taken;
    },
  };
}
