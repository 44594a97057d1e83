import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

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
  useEffect(() => {
    let active = true;
    void load().then((loaded) => active && setComponent(() => loaded));
    return () => {
      active = false;
    };
  }, [load]);
  return Component ? <Component {...props} /> : <p class="muted">{fallback}</p>;
}
