/**
 * Runs async read-modify-write steps one after another. Two tabs reporting at once must not
 * both read the same history and each write back a version missing the other's entry.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
