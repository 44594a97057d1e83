import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a running content script when a newer copy of it announces itself with a DOM event on
 * `document`. The event's name is only the extension id plus the script's name, and a published
 * extension's id is public, so any script on the page could dispatch it and silently switch our
 * alerts off.
 *
 * A genuine newer copy appears only after the extension was reloaded or updated, and by then this
 * copy has lost its extension: `browser.runtime.id` is gone. So the announcement is believed only
 * then. While this copy is still connected, nothing the page dispatches can stop it.
 *
 * The context WXT hands to `main` is guarded in place, before anything can be dispatched (main
 * runs in the same task as the context's creation): one context per script and page, where a
 * second one of our own cost every Seller Central page another announcement and listener.
 */
export function guardContext(ctx: ContentScriptContext): ContentScriptContext {
  const verify = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event) => verify(event) && !extensionConnected();
  return ctx;
}

function extensionConnected(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    // Firefox throws on a dead wrapper once the extension is gone.
    return false;
  }
}
