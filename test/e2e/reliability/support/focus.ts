/**
 * Keyboard-only helpers: where focus is (through shadow roots), whether it can be seen, and
 * Tab presses until it reaches an element, checking the focus ring of ours at every stop.
 */
import type { Page } from 'playwright-core';

export interface FocusedElement {
  /** A short description: tag, id, role, text. */
  readonly label: string;
  /** Inside the extension's own UI (an extension page, or one of our elements on Seller Central). */
  readonly ours: boolean;
  /** Matches :focus-visible and draws a non-zero outline (or a box shadow). */
  readonly visible: boolean;
  /** Matches the selector asked about. */
  readonly matches: boolean;
}

/** The element that has focus, looking into shadow roots. */
export async function focused(page: Page, selector = ':not(*)'): Promise<FocusedElement> {
  return page.evaluate((wanted) => {
    let element: Element | null = document.activeElement;
    let ours = location.protocol === 'chrome-extension:';
    while (element?.shadowRoot?.activeElement) {
      if (element.localName.startsWith('scc-')) ours = true;
      element = element.shadowRoot.activeElement;
    }
    if (!element || element === document.body) return { label: 'body', ours, visible: false, matches: false };
    if (element.closest('scc-removal-badge, scc-case-save, scc-account-state, scc-removal-rules')) ours = true;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const text = (element.textContent ?? '').trim().slice(0, 40);
    const role = element.getAttribute('role');
    return {
      label: `${element.localName}${element.id ? `#${element.id}` : ''}${role ? `[role=${role}]` : ''} "${text}"`,
      ours,
      visible: element.matches(':focus-visible') && (outline || shadow),
      matches: element.matches(wanted),
    };
  }, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`; every stop on our
 * own UI must show its focus. Returns the stops whose focus could not be seen.
 */
export async function tabUntil(
  page: Page,
  selector: string,
  options: { readonly backwards?: boolean; readonly max?: number } = {},
): Promise<string[]> {
  const unseen: string[] = [];
  for (let step = 0; step < (options.max ?? 60); step++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page, selector);
    // Past the last element focus leaves the document (body): no stop of ours.
    if (element.ours && !element.visible && element.label !== 'body') unseen.push(element.label);
    if (element.matches) return unseen;
  }
  throw new Error(`Tab never reached the element (${unseen.length} stops without a visible focus)`);
}
