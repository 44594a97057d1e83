import { describe, expect, it } from 'vitest';
import type { Steps } from '@/lib/detect/steps';
import { runInSlices } from '@/lib/dom/time-slices';

/** Steps that each take `ms` of busy time, recording which task each ran in. */
function* busySteps(count: number, ms: number, tasks: number[], task: { id: number }): Steps<string> {
  for (let i = 0; i < count; i += 1) {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // busy: a step of real work
    }
    tasks.push(task.id);
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('hands the thread back once a slice has lasted its budget, and returns the result', async () => {
    const tasks: number[] = [];
    const task = { id: 0 };
    // Another task's timer ticks the id whenever the thread is handed back.
    const ticker = setInterval(() => {
      task.id += 1;
    }, 0);
    const result = await runInSlices(busySteps(12, 2, tasks, task), 5);
    clearInterval(ticker);
    expect(result).toBe('done');
    expect(tasks).toHaveLength(12);
    // 12 steps of 2 ms in slices of 5 ms: at least 4 slices, never 12 steps in one go.
    expect(new Set(tasks).size).toBeGreaterThanOrEqual(4);
    const perSlice = [...new Set(tasks)].map((id) => tasks.filter((t) => t === id).length);
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(3);
  });

  it('starts in a task of its own', async () => {
    let before = true;
    // A generator's body runs at its first step: it sees `before` as it is when work starts.
    function* firstLook(): Steps<boolean> {
      const seen = before;
      yield;
      return seen;
    }
    const run = runInSlices(firstLook());
    before = false;
    expect(await run).toBe(false);
  });
});
