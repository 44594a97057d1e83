import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardContext } from '@/lib/content-script/guarded-context';

/** The DOM event a newer copy of a content script dispatches (WXT keeps the name private). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

function announce(contentScriptName: string, messageId: string): void {
  document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName, messageId } }));
}

/** What `browser.runtime.id` reads as in a copy whose extension was reloaded or removed. */
function loseExtension(): void {
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
}

const made: ContentScriptContext[] = [];
function make<T extends ContentScriptContext>(ctx: T): T {
  made.push(ctx);
  return ctx;
}

describe('guardContext: only a copy that lost its extension steps down', () => {
  beforeEach(() => fakeBrowser.reset());
  // Contexts listen on the shared document: none may outlive its test.
  afterEach(() => {
    for (const ctx of made.splice(0)) ctx.abort('test over');
  });

  it('WXT’s own context stops for a page’s forged announcement (why this exists)', () => {
    const plain = make(new ContentScriptContext('seller-central'));
    announce('seller-central', 'forged-by-the-page');
    expect(plain.isValid).toBe(false);
  });

  it('a forged announcement while connected changes nothing', () => {
    const ctx = make(guardContext(new ContentScriptContext('seller-central')));
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    for (let i = 0; i < 5; i += 1) announce('seller-central', `forged-${i}`);
    expect(ctx.isValid).toBe(true);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('a newer copy retires this one once the extension is gone', () => {
    const ctx = make(guardContext(new ContentScriptContext('seller-central')));
    loseExtension();
    announce('seller-central', 'the-newer-copy');
    expect(ctx.signal.aborted).toBe(true);
  });

  it('another script’s announcement never stops it', () => {
    const ctx = make(guardContext(new ContentScriptContext('case-capture')));
    loseExtension();
    announce('removal-orders', 'another-script');
    expect(ctx.signal.aborted).toBe(false);
  });

  it('guards the context WXT made in place: one context per script and page', () => {
    const wxt = make(new ContentScriptContext('removal-orders'));
    expect(guardContext(wxt)).toBe(wxt);
    announce('removal-orders', 'forged-by-the-page');
    expect(wxt.isValid).toBe(true);
  });
});
