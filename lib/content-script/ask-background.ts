import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Waits between attempts, in ms: the worker Chrome starts for the next message is up within these. */
const PAUSES_MS = [50, 250, 1000];

/**
 * A question to the background that survives its service worker stopping mid-answer. Chrome then
 * closes the message port ("The message port closed before a response was received") and the
 * next message starts a new worker, so asking again gets the answer. Gives up only when the
 * extension is gone (the context invalidated) or every pause has passed.
 */
export async function askBackground<T>(ctx: ContentScriptContext, ask: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await ask();
    } catch (error) {
      const pause = PAUSES_MS[attempt];
      if (pause === undefined || ctx.isInvalid) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
      if (ctx.isInvalid) throw error;
    }
  }
}
