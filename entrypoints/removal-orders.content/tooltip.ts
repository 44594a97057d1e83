import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isBadge, tooltipOf } from './badge';

const GAP = 6;
const EDGE = 8;
/** Time to move the pointer from the badge onto its tooltip (WCAG 1.4.13: hoverable). */
const HIDE_DELAY_MS = 250;

/**
 * One controller for every badge's tooltip, listening on the document: 2,000 badges cost no
 * listeners of their own until one is hovered. Shown on hover and on keyboard focus, kept while
 * the pointer is over the badge or its tooltip, pinned by a click, and dismissed with Escape.
 */
export class TooltipController {
  private shown: Element | null = null;
  private pinned = false;
  private hideTimer: number | undefined;
  private readonly leaveWatched = new WeakSet<Element>();

  constructor(private readonly ctx: ContentScriptContext) {
    const capture = { capture: true } as const;
    ctx.addEventListener(document, 'pointerover', (event) => this.onPointerOver(event), capture);
    ctx.addEventListener(document, 'focusin', (event) => this.onFocusIn(event), capture);
    ctx.addEventListener(document, 'focusout', (event) => this.onFocusOut(event), capture);
    ctx.addEventListener(document, 'click', (event) => this.onClick(event), capture);
    ctx.addEventListener(document, 'keydown', (event) => this.onKeyDown(event), capture);
    ctx.addEventListener(window, 'scroll', () => this.place(), { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => this.place(), { passive: true });
    ctx.onInvalidated(() => this.hide());
  }

  private onPointerOver(event: Event): void {
    const badge = badgeIn(event);
    if (!badge) return;
    this.cancelHide();
    if (!this.leaveWatched.has(badge)) {
      this.leaveWatched.add(badge);
      // pointerleave counts the tooltip as part of the badge: it is the badge's child.
      badge.addEventListener('pointerleave', () => {
        if (this.shown === badge && !this.pinned && !hasFocus(badge)) this.scheduleHide();
      });
    }
    this.show(badge);
  }

  private onFocusIn(event: Event): void {
    const badge = badgeIn(event);
    if (!badge) return;
    // Inline styles reset the focus ring with everything else: drawn here, for keyboard focus only.
    if (badge.matches(':focus-visible')) {
      (badge as HTMLElement).style.setProperty('outline', '3px solid #1a73e8');
      (badge as HTMLElement).style.setProperty('outline-offset', '2px');
    }
    this.show(badge);
  }

  private onFocusOut(event: Event): void {
    const badge = badgeIn(event);
    if (!badge) return;
    (badge as HTMLElement).style.removeProperty('outline');
    (badge as HTMLElement).style.removeProperty('outline-offset');
    if (badge === this.shown && !this.pinned && !badge.matches(':hover')) this.hide();
  }

  private onClick(event: Event): void {
    const badge = badgeIn(event);
    if (!badge) {
      if (this.pinned) this.hide();
      return;
    }
    this.togglePinned(badge);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.shown) {
      this.hide();
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // A badge is a button to assistive technology: Enter and Space pin or unpin its tooltip.
    const badge = badgeIn(event);
    if (!badge?.matches(':focus')) return;
    event.preventDefault();
    this.togglePinned(badge);
  }

  private togglePinned(badge: Element): void {
    if (this.pinned && this.shown === badge) {
      this.hide();
      return;
    }
    this.show(badge);
    this.pinned = true;
  }

  private show(badge: Element): void {
    if (this.shown === badge) return;
    this.hide();
    const tip = tooltipOf(badge);
    if (!tip) return;
    this.shown = badge;
    if (tip.hasAttribute('popover')) tip.showPopover();
    else tip.hidden = false;
    this.place();
  }

  private hide(): void {
    this.cancelHide();
    this.pinned = false;
    const badge = this.shown;
    this.shown = null;
    const tip = badge ? tooltipOf(badge) : null;
    if (!tip) return;
    if (tip.hasAttribute('popover')) {
      if (tip.matches(':popover-open')) tip.hidePopover();
    } else tip.hidden = true;
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = this.ctx.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  /** Below the badge, or above it when there is no room below; always inside the viewport. */
  private place(): void {
    const badge = this.shown;
    if (!badge) return;
    if (!badge.isConnected) {
      this.hide();
      return;
    }
    const tip = tooltipOf(badge);
    if (!tip) return;
    const at = badge.getBoundingClientRect();
    const size = tip.getBoundingClientRect();
    const left = Math.max(EDGE, Math.min(at.left, innerWidth - size.width - EDGE));
    const below = at.bottom + GAP;
    const above = at.top - GAP - size.height;
    const top = below + size.height <= innerHeight - EDGE || above < EDGE ? below : above;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(Math.max(EDGE, top))}px`;
  }
}

/** The badge an event happened in, looking through shadow roots (the page's and the badge's own). */
function badgeIn(event: Event): Element | null {
  for (const target of event.composedPath()) {
    if (target instanceof Element && isBadge(target)) return target;
  }
  return null;
}

function hasFocus(badge: Element): boolean {
  return badge.matches(':focus');
}
