/**
 * Which of our scripts already run in this frame. Content scripts of one extension share their
 * isolated world, so a mark on its global is seen by every one of them and by no page script.
 * A script injected on demand (the removal script on Manage Orders) marks itself, so the probe
 * that asked for it never asks again, and a second copy (two requests crossing) stops at once.
 */
export type OnDemandScript = 'removal-orders';

/** Each one's file as the build writes it (WXT names a content script after its entrypoint folder). */
export const ON_DEMAND_SCRIPT_FILES = {
  'removal-orders': '/content-scripts/removal-orders.js',
} as const satisfies Record<OnDemandScript, string>;

const mark = (script: OnDemandScript) => Symbol.for(`seller-central-companion.${script}`);

export function isScriptRunning(script: OnDemandScript): boolean {
  return (globalThis as Record<symbol, unknown>)[mark(script)] === true;
}

/** Marks the script as running here; false when a copy of it already was. */
export function claimScript(script: OnDemandScript): boolean {
  if (isScriptRunning(script)) return false;
  (globalThis as Record<symbol, unknown>)[mark(script)] = true;
  return true;
}
