import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';

/**
 * Renders a component whose module is fetched on first use: each popup tab's code loads when
 * the tab is opened, so opening the popup costs only the tab it opens on.
 */
export function LazyPanel<P extends object>({
  load,
  props,
  fallback,
}: {
  readonly load: () => Promise<ComponentType<P>>;
  readonly props: P;
  readonly fallback: string;
}) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  // Requested while rendering: an effect runs only after the next paint, a frame or more later.
  const pending = useMemo(load, [load]);
  useEffect(() => {
    let active = true;
    void pending.then((loaded) => active && setComponent(() => loaded));
    return () => {
      active = false;
    };
  }, [pending]);
  return Component ? <Component {...props} /> : <p class="muted">{fallback}</p>;
}
