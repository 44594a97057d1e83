/**
 * Runs stepped work (lib/detect/steps.ts) on the page's main thread in slices of a few
 * milliseconds, handing the thread back between them: a page with a 100 KB notice or 65 notices
 * in 13 languages costs the same work as before, but never one long task (50 ms) of ours.
 */
import type { Steps } from '@/lib/detect/steps';

/** Long enough to make progress, short enough that the page's own work is never held back. */
export const SLICE_MS = 8;

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/**
 * The next task: `scheduler.yield()` where the browser has it (it resumes ahead of other queued
 * tasks), else a message to ourselves, which unlike a nested setTimeout is not clamped to 4 ms.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `steps` to their end, yielding the thread whenever a slice has lasted `sliceMs`. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number = SLICE_MS): Promise<T> {
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
