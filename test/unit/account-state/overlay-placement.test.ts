import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  AccountStateOverlay,
  type OverlayView,
} from '@/entrypoints/seller-central.content/features/account-state/overlay';
import { FakeObserver, installFakeObserver } from './fake-intersection-observer';

/** Viewport 1200×800 (the fake's rootBounds); a 360×200 card; an alert over the bottom-right corner. */
const CARD = new DOMRect(0, 0, 360, 200);
const ALERT_BOTTOM_RIGHT = new DOMRect(700, 500, 500, 300);

function alertElement(): Element {
  document.body.innerHTML = '<div role="alert">Your account has been deactivated. <button>Appeal</button></div>';
  return document.querySelector('[role="alert"]') as Element;
}

const view = (alert: Element | null, quote = 'deactivated'): OverlayView => ({
  deadline: null,
  state: 'deactivated',
  severity: 'critical',
  language: 'en',
  messages: () => 'text',
  dismissed: false,
  quote,
  alert,
});

function parts() {
  const host = document.querySelector('scc-account-state') as HTMLElement;
  const container = host.shadowRoot?.querySelector('style + div') as HTMLElement;
  return { host, container };
}

/** Reports every target of the latest observer: the card's box for our container, the alert's for the rest. */
function reportLayout(container: Element) {
  FakeObserver.last.report(FakeObserver.last.observed, (target) => (target === container ? CARD : ALERT_BOTTOM_RIGHT));
}

describe('the overlay places its card after the page’s layout, never over the alert', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    installFakeObserver();
    ctx = new ContentScriptContext('overlay-placement-test');
  });
  afterEach(() => {
    ctx.abort();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('keeps the card hidden and reads no geometry until the observer reports, then pins it clear of the alert', async () => {
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const overlay = new AccountStateOverlay(ctx, { onDismiss: vi.fn(), onOpenChecklist: vi.fn() });
    const alert = alertElement();
    await overlay.show(view(alert));
    const { host, container } = parts();
    expect(host.getAttribute('data-scc-account-state')).toBe('deactivated');
    expect(host.hasAttribute('data-scc-corner')).toBe(false);
    expect(container.style.visibility).toBe('hidden');
    expect(FakeObserver.last.observed).toEqual([container, alert, alert.querySelector('button')]);

    reportLayout(container);
    expect(host.getAttribute('data-scc-corner')).toBe('bottom-left');
    expect(container.style.visibility).toBe('');
    expect(container.style.bottom).toBe('16px');
    expect(container.style.left).toBe('16px');
    expect(rect).not.toHaveBeenCalled();
  });

  it('a redraw supersedes a placement still waiting; hiding cancels it', async () => {
    const overlay = new AccountStateOverlay(ctx, { onDismiss: vi.fn(), onOpenChecklist: vi.fn() });
    const alert = alertElement();
    await overlay.show(view(alert));
    const first = FakeObserver.last;
    await overlay.show(view(alert, 'deactivated again'));
    expect(first.disconnected).toBe(true);
    expect(FakeObserver.made).toHaveLength(2);
    overlay.hide();
    expect(FakeObserver.last.disconnected).toBe(true);
  });
});
