/**
 * One writer at a time for a storage key several writers share, in the order they asked. The
 * extension's pages and its service worker share an origin, so a Web Lock of that origin
 * orders them all: the popup and the worker finding the same bad value at once must not both
 * quarantine it, two contexts adding to one list must not overwrite each other, and a removal
 * must land after a write already under way. Content scripts run in the page's origin and
 * never write storage.
 */

/** Where Web Locks are missing (unit tests), calls in one context still run in order. */
const localQueues = new Map<string, Promise<unknown>>();

function inOrderHere<T>(name: string, work: () => Promise<T>): Promise<T> {
  const previous = localQueues.get(name) ?? Promise.resolve();
  const next = previous.then(work, work);
  localQueues.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}

export function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // The lock's promise settles with what `work`'s promise settles with.
  if (locks) return locks.request(`scc:${name}`, work) as unknown as Promise<T>;
  return inOrderHere(name, work);
}
