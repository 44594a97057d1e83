import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Loads a value, reloads it whenever `subscribe` says it changed, and never lets a
 * rejected promise escape: the error is kept for the component to show. The load starts as the
 * component is committed (a layout effect), not after the next frame as a plain effect would:
 * on a popup that is opened to be read, that frame is a sixth of the time it has.
 */
export function useLiveValue<T>(
  load: () => Promise<T>,
  subscribe?: (changed: () => void) => () => void,
  deps: readonly unknown[] = [],
): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useLayoutEffect(() => {
    let active = true;
    const refresh = () => {
      load().then(
        (value) => active && setState({ value, error: undefined }),
        (error: unknown) => active && setState({ value: undefined, error }),
      );
    };
    refresh();
    const stop = subscribe?.(refresh);
    return () => {
      active = false;
      stop?.();
    };
  }, deps);
  return state;
}
