/**
 * Runs stepped work (lib/detect/steps.ts) on the page's main thread in slices of a few
 * milliseconds, handing the thread back between them: a page with a 100 KB notice or 65 notices
 * in 13 languages costs the same work as before, but never one long task (50 ms) of ours.
 */
import type { Steps } from '@/lib/detect/steps';

/** Long enough to make progress, short enough that the page's own work is never held back. */
export const SLICE_MS = 8;

/**
 * The next task: a timer. Not `scheduler.yield()`: its continuation runs outside any script
 * event of DevTools traces (only a 0.05 ms RunYieldContinuation shows), so the hostile-pages
 * bench could no longer see, let alone bound, our slices. Not a MessageChannel: content scripts
 * post no messages at all (test/unit/security/content-script-isolation.test.ts). Nested timers
 * are clamped to 4 ms, which only spaces the slices out.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` to their end, yielding the thread whenever a slice has lasted `sliceMs`. It starts
 * in a task of its own: the task that called it may have spent its time already.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number = SLICE_MS): Promise<T> {
  await nextTask();
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
