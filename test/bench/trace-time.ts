/** Reading DevTools trace events (Tracing domain, devtools.timeline and v8 categories). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly url?: string }; readonly worldName?: string; readonly name?: string };
}

/**
 * Milliseconds of the renderer's main thread spent for the extension in one load: top-level
 * slices of content-script evaluation and of calls into the extension's world. Nested slices
 * are not counted twice.
 */
export function extensionTime(events: readonly TraceEvent[], extensionOrigin: string, worldName: string): number {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        mainThreads.has(`${e.pid}:${e.tid}`) &&
        ((e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith(extensionOrigin)) ||
          ((e.name === 'v8.callFunction' || e.name === 'v8.run') && e.args?.worldName === worldName)),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const event of ours) {
    const start = event.ts;
    const stop = event.ts + (event.dur ?? 0);
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total / 1000;
}
