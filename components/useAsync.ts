import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EarlyRead, Outcome } from '@/lib/early-read';

type Load<T> = () => Promise<T>;
type Subscribe = (changed: () => void) => () => void;

/**
 * Loads a value, reloads it whenever `subscribe` says it changed, and never lets a
 * rejected promise escape: the error is kept for the component to show. The load starts as the
 * component is committed (a layout effect), not after the next frame as a plain effect would:
 * on a popup that is opened to be read, that frame is a sixth of the time it has.
 */
export function useLiveValue<T>(load: Load<T>, subscribe?: Subscribe, deps: readonly unknown[] = []): Outcome<T> {
  return useLive(useLayoutEffect, load, subscribe, deps);
}

/**
 * The same for what may wait a frame (a notice that is usually absent): its read starts after
 * the first paint, so the screen the seller opened for is not held up by it.
 */
export function useLiveValueAfterPaint<T>(
  load: Load<T>,
  subscribe?: Subscribe,
  deps: readonly unknown[] = [],
): Outcome<T> {
  return useLive(useEffect, load, subscribe, deps);
}

/**
 * A value the page started reading as its script ran: when it has arrived, the first render
 * shows it (no "loading" frame, no second render); otherwise it is loaded like useLiveValue.
 */
export function useEarlyValue<T>(read: EarlyRead<T>, subscribe?: Subscribe): Outcome<T> {
  const [first] = useState(read.takeSettled);
  return useLive(useLayoutEffect, read.load, subscribe, [], first);
}

function useLive<T>(
  useStart: typeof useEffect,
  load: Load<T>,
  subscribe: Subscribe | undefined,
  deps: readonly unknown[],
  first: Outcome<T> | null = null,
): Outcome<T> {
  const [state, setState] = useState<Outcome<T>>(first ?? { value: undefined, error: undefined });
  // What the first render already shows is not read again; a dependency change reloads.
  const shown = useRef(first !== null);
  useStart(() => {
    let active = true;
    const refresh = () => {
      load().then(
        (value) => active && setState({ value, error: undefined }),
        (error: unknown) => active && setState({ value: undefined, error }),
      );
    };
    if (shown.current) shown.current = false;
    else refresh();
    const stop = subscribe?.(refresh);
    return () => {
      active = false;
      stop?.();
    };
  }, deps);
  return state;
}
