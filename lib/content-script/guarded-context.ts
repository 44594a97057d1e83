import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a running content script when a newer copy of it announces itself with a DOM event on
 * `document`. The event's name is only the extension id plus the script's name, and a published
 * extension's id is public, so any script on the page could dispatch it and silently switch our
 * alerts off.
 *
 * A genuine newer copy appears only after the extension was reloaded or updated, and by then this
 * copy has lost its extension: `browser.runtime.id` is gone. So the announcement is believed only
 * then. While this copy is still connected, nothing the page dispatches can stop it.
 */
export class GuardedContext extends ContentScriptContext {
  override verifyScriptStartedEvent(event: CustomEvent): boolean {
    return super.verifyScriptStartedEvent(event) && !extensionConnected();
  }
}

function extensionConnected(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    // Firefox throws on a dead wrapper once the extension is gone.
    return false;
  }
}

/**
 * The context a content script runs with instead of the one WXT hands to `main`. Creating it
 * announces this script the usual way, which also retires WXT's own context for it: that one
 * still believes any page's announcement and is never used.
 */
export function guardedContext(): GuardedContext {
  return new GuardedContext(import.meta.env.ENTRYPOINT, { noScriptStartedPostMessage: true });
}
