import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '@/components/account-state-card.css?inline';
import { renderAccountStateCard } from '@/components/account-state-card.dom';
import type { AccountState, Severity } from '@/lib/account-state/states';
import type { DeadlineShown } from '@/lib/deadlines/record';
import { type MessageLookup, overlayCopy } from '@/lib/guidance';
import { afterLayout } from './after-layout';
import { type Corner, chooseCorner, MARGIN } from './placement';

export interface OverlayView {
  readonly state: AccountState;
  readonly severity: Severity;
  /** Identifies the language, so a language change redraws the card. */
  readonly language: string;
  readonly messages: MessageLookup;
  readonly dismissed: boolean;
  /** The notice's own words that led to the reading. */
  readonly quote: string;
  /** Seller Central's own alert: the card must not cover it or its buttons. */
  readonly alert: Element | null;
  /** The day the notice asks the seller to act by, with the days left; null when it names none. */
  readonly deadline: DeadlineShown | null;
}

export interface OverlayActions {
  onDismiss(state: AccountState): void;
  onOpenChecklist(state: AccountState): void;
}

/**
 * The host is reset with `:host { all: initial !important }`, so Seller Central's inherited
 * styles stop at it (and that beats any inline style on it): the container inside the shadow
 * root is what gets pinned to a corner.
 */
const CORNER_STYLE = 'position:fixed;z-index:2147483000;';
const HOST_RESET = ':host{all:initial!important}';
/** Laid out (so it can be measured) but neither seen nor clickable until placed. */
const UNPLACED_STYLE = `visibility:hidden;bottom:${MARGIN}px;right:${MARGIN}px;`;

/**
 * The card's host: an open shadow root holding its styles and a container. Built by hand, not
 * with WXT's createShadowRootUi: that helper and its dependencies were 2.8 KB of the content
 * script's 20 KB budget, for what this does in a dozen lines (see docs/DESIGN-NOTES.md).
 */
interface CardHost {
  readonly shadowHost: HTMLElement;
  readonly uiContainer: HTMLElement;
}

function createCardHost(): CardHost {
  const shadowHost = document.createElement('scc-account-state');
  const root = shadowHost.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_RESET}\n${cardCss}`;
  const uiContainer = document.createElement('div');
  uiContainer.style.cssText = `${CORNER_STYLE}${UNPLACED_STYLE}`;
  root.append(style, uiContainer);
  return { shadowHost, uiContainer };
}

/** What on Seller Central's alert the card must leave clickable. */
const CONTROLS = 'button, a, kat-button, [role="button"], input';

function avoidTargets(alert: Element | null): Element[] {
  return alert?.isConnected ? [alert, ...alert.querySelectorAll(CONTROLS)] : [];
}

/**
 * Pins the card to the first corner that covers none of the alert's boxes. It measures after the
 * page's own layout (see after-layout.ts), so until the first placement the card is hidden: it
 * never shows where it could cover the alert. Returns a cancel function.
 */
function place(host: HTMLElement, container: HTMLElement, alert: Element | null): () => void {
  return afterLayout([container, ...avoidTargets(alert)], ({ boxes: [card, ...avoid], viewport }) => {
    // The container shrinks to the card; empty (dismissed) it measures 0, so assume a card's size.
    const size = { width: card?.width || 360, height: card?.height || 120 };
    const corner: Corner = chooseCorner(
      size,
      viewport,
      avoid.filter((b) => b.width > 0 && b.height > 0),
    );
    const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
    container.style.cssText = `${CORNER_STYLE}${vertical}:${MARGIN}px;${horizontal}:${MARGIN}px;`;
    host.dataset.sccCorner = corner;
  });
}

/**
 * The in-page card, in a shadow root so Seller Central's styles and ours never meet. Its host
 * element carries the public contract attribute `data-scc-account-state` while the page shows a
 * state, even when the seller has dismissed the card (then the card itself is hidden).
 */
export class AccountStateOverlay {
  private ui: CardHost | null = null;
  private view: OverlayView | null = null;
  /** Cancels the placement waiting for the next layout, if any. */
  private cancelPlacement: (() => void) | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly actions: OverlayActions,
  ) {}

  async show(view: OverlayView): Promise<void> {
    this.view = view;
    if (!this.ui) {
      if (this.ctx.isInvalid || !document.body) return;
      this.ui = createCardHost();
      document.body.append(this.ui.shadowHost);
    }
    this.draw();
  }

  hide(): void {
    this.view = null;
    this.cancelPlacement?.();
    this.cancelPlacement = null;
    this.ui?.shadowHost.remove();
    this.ui = null;
  }

  private draw(): void {
    const { ui, view } = this;
    if (!ui || !view) return;
    const host = ui.shadowHost;
    host.setAttribute('data-scc-account-state', view.state);
    host.toggleAttribute('data-scc-dismissed', view.dismissed);
    if (view.deadline) host.setAttribute('data-scc-deadline', view.deadline.due);
    else host.removeAttribute('data-scc-deadline');
    const deadline = view.deadline ? `${view.deadline.due}/${view.deadline.daysLeft}` : '';
    const drawn = `${view.state}:${view.severity}:${view.language}:${view.dismissed}:${deadline}:${view.quote}`;
    // Redraw only when what the card says changes: re-rendering on every batch would flicker.
    if (host.dataset.sccDrawn !== drawn) {
      host.dataset.sccDrawn = drawn;
      if (view.dismissed) ui.uiContainer.replaceChildren();
      else
        renderAccountStateCard(ui.uiContainer, {
          state: view.state,
          severity: view.severity,
          copy: overlayCopy(view.state, view.messages),
          language: view.language,
          quote: view.quote,
          deadline: view.deadline,
          onDismiss: () => this.actions.onDismiss(view.state),
          onOpenChecklist: () => this.actions.onOpenChecklist(view.state),
        });
    }
    // A newer draw supersedes a placement still waiting: it measures the card as now drawn.
    this.cancelPlacement?.();
    this.cancelPlacement = place(host, ui.uiContainer, view.alert);
  }
}
