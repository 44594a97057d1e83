/**
 * Work cut into steps: a generator that yields between pieces of work, so a caller on a page's
 * main thread can pause it when its time slice is spent (lib/dom/time-slices.ts) and a caller
 * anywhere else can run it through at once. The pieces and their order are the same either way,
 * so is the result.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
