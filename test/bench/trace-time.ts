/** Recording and reading DevTools traces (CDP Tracing domain) for the benchmarks. */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread time: what the thread spent running it, not waiting for a CPU on a busy machine. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly url?: string }; readonly worldName?: string; readonly name?: string };
}

/** The trace events of the given categories recorded while `work` runs. */
export async function recordTrace(
  cdp: CDPSession,
  categories: readonly string[],
  work: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories] },
  });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/**
 * Milliseconds of the renderer's main thread spent for the extension in one load: top-level
 * slices of content-script evaluation and of calls into the extension's world. Nested slices
 * are not counted twice.
 */
export function extensionTime(events: readonly TraceEvent[], extensionOrigin: string, worldName: string): number {
  const ours = extensionSlices(events, extensionOrigin, worldName);
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

/**
 * The same slices' thread time (CPU) in milliseconds: what the main thread spent running our code,
 * without the time a busy machine kept it waiting for a core. On this shared 2-core machine the
 * wall time of one slice can stretch tenfold; its thread time barely moves.
 */
export function extensionCpuTime(events: readonly TraceEvent[], extensionOrigin: string, worldName: string): number {
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const event of extensionSlices(events, extensionOrigin, worldName)) {
    const stop = event.ts + (event.dur ?? 0);
    // Nested in a slice already counted.
    if (stop <= end) continue;
    total += event.tdur ?? event.dur ?? 0;
    end = stop;
  }
  return total / 1000;
}

/** The longest single top-level slice of the extension's own work, in milliseconds (a long task's share). */
export function longestExtensionSlice(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  worldName: string,
): number {
  let longest = 0;
  for (const event of extensionSlices(events, extensionOrigin, worldName)) longest = Math.max(longest, event.dur ?? 0);
  return longest / 1000;
}

type Origin = 'ours' | 'foreign' | 'unknown';

/**
 * Whose script a slice enters, where the trace says. Chromium 156 names the isolated world on
 * `v8.callFunction` / `v8.run`; Chromium 150 (Debian's, on some machines) does not, but still
 * gives the script URL of `EvaluateScript`, of `v8.compileModule` and of every `FunctionCall` (a
 * timer's, an idle callback's, a message reply's). Async continuations name nothing.
 */
function originOf(event: TraceEvent, extensionOrigin: string, worldName: string): Origin {
  const url = event.args?.data?.url;
  if ((event.name === 'EvaluateScript' || event.name === 'FunctionCall' || event.name === 'v8.compileModule') && url)
    return url.startsWith(extensionOrigin) ? 'ours' : 'foreign';
  const world = event.args?.worldName;
  if ((event.name === 'v8.callFunction' || event.name === 'v8.run') && world)
    return world === worldName ? 'ours' : 'foreign';
  return 'unknown';
}

/**
 * A module's evaluation (and its code-cache write) names no script; it belongs to the module
 * whose compilation came last before it on the thread (a module is compiled, then evaluated,
 * in one task: our content scripts' modules have no imports of their own).
 */
const MODULE_FOLLOWERS = new Set(['v8.evaluateModule', 'v8.produceModuleCache']);

function originsOf(thread: readonly TraceEvent[], extensionOrigin: string, worldName: string): Map<TraceEvent, Origin> {
  const origins = new Map<TraceEvent, Origin>();
  let lastModule: Origin = 'unknown';
  for (const event of thread) {
    let origin = originOf(event, extensionOrigin, worldName);
    if (event.name === 'v8.compileModule') lastModule = origin;
    else if (MODULE_FOLLOWERS.has(event.name)) origin = lastModule;
    origins.set(event, origin);
  }
  return origins;
}

/**
 * Our slices on the renderer's main thread, sorted by start: a top-level task that enters our
 * script and no other script counts whole (its garbage collection, style and layout are ours
 * too); in a task that also runs someone else's script only our own entries count.
 *
 * Blind spot: a native promise settled by the browser (the promise form of `runtime.sendMessage`,
 * `browser.storage`) runs our continuation in a top-level microtask checkpoint that names no
 * script, so it is not counted. Our content scripts receive replies through callbacks
 * (@webext-core/messaging), which are `FunctionCall`s of ours; see docs/DESIGN-NOTES.md before
 * changing that.
 */
export function extensionSlices(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  worldName: string,
): TraceEvent[] {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !mainThreads.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(event);
    byThread.set(thread, list);
  }
  const ours: TraceEvent[] = [];
  for (const list of byThread.values()) {
    // Parents before the slices they hold: earlier start first, longer first on a tie.
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const originOfEvent = originsOf(list, extensionOrigin, worldName);
    let i = 0;
    while (i < list.length) {
      const task = list[i] as TraceEvent;
      const end = task.ts + (task.dur ?? 0);
      const holds = (event: TraceEvent | undefined) =>
        event !== undefined && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end;
      let j = i + 1;
      while (j < list.length && holds(list[j])) j++;
      const inside = list.slice(i, j);
      const origins = inside.map((event) => originOfEvent.get(event) ?? 'unknown');
      if (!origins.includes('foreign')) {
        if (origins.includes('ours')) ours.push(task);
      } else {
        inside.forEach((event, k) => {
          if (origins[k] === 'ours') ours.push(event);
        });
      }
      i = j;
    }
  }
  return ours.sort((a, b) => a.ts - b.ts);
}

/**
 * Layouts forced by the extension (issue #14): `Layout` slices nested inside one of its own
 * slices, on the same thread. The browser's own layouts run between tasks, outside any script
 * slice; one inside our script means our code read geometry from a page whose layout was stale
 * and made it lay out synchronously.
 */
export function forcedLayouts(
  events: readonly TraceEvent[],
  extensionOrigin: string,
  worldName: string,
): { count: number; ms: number } {
  const ours = extensionSlices(events, extensionOrigin, worldName);
  const inside = (layout: TraceEvent) =>
    ours.some(
      (slice) =>
        slice.pid === layout.pid &&
        slice.tid === layout.tid &&
        slice.ts <= layout.ts &&
        layout.ts + (layout.dur ?? 0) <= slice.ts + (slice.dur ?? 0),
    );
  const forced = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && inside(e));
  return { count: forced.length, ms: forced.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000 };
}
