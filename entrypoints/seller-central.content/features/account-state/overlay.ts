import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '@/components/account-state-card.css?inline';
import { renderAccountStateCard } from '@/components/account-state-card.dom';
import type { AccountState, Severity } from '@/lib/account-state/states';
import { type MessageLookup, overlayCopy } from '@/lib/guidance';
import { type Box, type Corner, chooseCorner, MARGIN } from './placement';

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
}

export interface OverlayActions {
  onDismiss(state: AccountState): void;
  onOpenChecklist(state: AccountState): void;
}

/**
 * WXT resets the host with `:host { all: initial !important }`, which beats any inline style on
 * it, so the container inside the shadow root is what gets pinned to a corner.
 */
const CORNER_STYLE = 'position:fixed;z-index:2147483000;';

function avoidBoxes(alert: Element | null): Box[] {
  if (!alert?.isConnected) return [];
  const boxes = [alert, ...alert.querySelectorAll('button, a, kat-button, [role="button"], input')].map((el) =>
    el.getBoundingClientRect(),
  );
  return boxes.filter((b) => b.width > 0 && b.height > 0);
}

function place(host: HTMLElement, container: HTMLElement, alert: Element | null): void {
  const rect = container.firstElementChild?.getBoundingClientRect();
  const size = { width: rect?.width || 360, height: rect?.height || 120 };
  const corner: Corner = chooseCorner(size, { width: innerWidth, height: innerHeight }, avoidBoxes(alert));
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  container.style.cssText = `${CORNER_STYLE}${vertical}:${MARGIN}px;${horizontal}:${MARGIN}px;`;
  host.dataset.sccCorner = corner;
}

/**
 * The in-page card, in a shadow root so Seller Central's styles and ours never meet. Its host
 * element carries the public contract attribute `data-scc-account-state` while the page shows a
 * state, even when the seller has dismissed the card (then the card itself is hidden).
 */
export class AccountStateOverlay {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mounting: Promise<void> | null = null;
  private view: OverlayView | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly actions: OverlayActions,
  ) {}

  async show(view: OverlayView): Promise<void> {
    this.view = view;
    if (!this.ui) {
      this.mounting ??= this.mount();
      await this.mounting;
    }
    this.draw();
  }

  hide(): void {
    this.view = null;
    this.ui?.remove();
    this.ui = null;
  }

  /** One mount at a time; a hide that lands while it is under way wins. */
  private async mount(): Promise<void> {
    try {
      const ui = await createShadowRootUi<void>(this.ctx, {
        name: 'scc-account-state',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: cardCss,
        onMount: () => undefined,
        onRemove: () => {
          ui.uiContainer.replaceChildren();
        },
      });
      if (this.view && !this.ui && !this.ctx.isInvalid) {
        ui.mount();
        this.ui = ui;
      }
    } finally {
      this.mounting = null;
    }
  }

  private draw(): void {
    const { ui, view } = this;
    if (!ui || !view) return;
    const host = ui.shadowHost;
    host.setAttribute('data-scc-account-state', view.state);
    host.toggleAttribute('data-scc-dismissed', view.dismissed);
    const drawn = `${view.state}:${view.severity}:${view.language}:${view.dismissed}:${view.quote}`;
    // Redraw only when what the card says changes: re-rendering on every batch would flicker.
    if (host.dataset.sccDrawn !== drawn) {
      host.dataset.sccDrawn = drawn;
      if (view.dismissed) ui.uiContainer.replaceChildren();
      else
        renderAccountStateCard(ui.uiContainer, {
          state: view.state,
          severity: view.severity,
          copy: overlayCopy(view.state, view.messages),
          quote: view.quote,
          onDismiss: () => this.actions.onDismiss(view.state),
          onOpenChecklist: () => this.actions.onOpenChecklist(view.state),
        });
    }
    place(host, ui.uiContainer, view.alert);
  }
}
