import { cancelGuidance } from '@/lib/removal/cancel-guidance';
import type { CancelEligibility, EligibilityReason } from '@/lib/removal/eligibility';
import { badgeKey, type MessageLookup, REMOVAL_PAGE_KEYS } from '@/lib/removal/messages';
import { ELIGIBILITY_ATTRIBUTE, ORDER_ATTRIBUTE } from '@/lib/removal/table-scan.dom';
import tipCss from './tooltip.css?inline';

/**
 * The annotation beside an order's status (the public DOM contract, docs/DOM-CONTRACT.md): a
 * `scc-removal-badge` carrying `data-scc-removal-order` and `data-scc-cancel-eligibility`. It is
 * itself the control: focusable, a button to assistive technology, named by its visible words.
 *
 * Cost decides the shape: a report page can show 2,000 orders at once. Each badge is a clone of
 * a prepared template styled inline (one element and its text, one native call, no style scope
 * of its own, nothing for shadow-root walkers to visit); the tooltip that explains it is built
 * the first time it is shown, in a shadow root of its own so Seller Central's styles never reach
 * its text.
 */
export const BADGE_TAG = 'scc-removal-badge';
const TIP_TAG = 'scc-removal-tip';

export interface BadgeOrder {
  readonly orderId: string;
  readonly eligibility: CancelEligibility;
  readonly reason: EligibilityReason;
}

/**
 * The badge never moves the page: it is a block of its own under the status, with
 * `contain: inline-size`, so it adds nothing to its column's width (a badge inline beside the
 * status widened a 1,280 px report to 1,415 px and pushed the fee column off screen); its pill
 * wraps within whatever width the column already has. Inline pill, in the cell's own font family:
 * an inline-block, or a font family of its own, would make the browser lay out each of 2,000
 * status cells as a harder case. What a page could set on an unknown element and that would
 * change how it reads is set back explicitly.
 */
const BADGE_STYLE =
  'display:block;contain:inline-size;margin:3px 0 0;padding:0;border:0;background:none;text-align:start;' +
  'font-style:normal;text-transform:none;letter-spacing:normal;cursor:help;';
const PILL_STYLE =
  'display:inline;padding:1px 8px;border:1px solid;border-radius:999px;white-space:normal;' +
  'box-decoration-break:clone;-webkit-box-decoration-break:clone;font-size:12px;font-weight:600;line-height:1.7;';
/** Colour with the words, never instead of them. Seller Central pages are light. */
const COLOURS: Readonly<Record<CancelEligibility, string>> = {
  cancellable: 'background:#e3f4e8;color:#0b5227;border-color:#4f9d69;',
  'cancellable-unconfirmed': 'background:#fff1d6;color:#6b3900;border-color:#c98a2e;',
  'not-cancellable': 'background:#eef1f4;color:#33404c;border-color:#a7b2bd;',
  unknown: 'background:#f3effa;color:#472a7d;border-color:#9f8acb;border-style:dashed;',
};

/** What each badge knows about its order and words, for the tooltip built later. */
const badgeData = new WeakMap<Element, { readonly order: BadgeOrder; readonly lookup: MessageLookup }>();
const templates = new WeakMap<MessageLookup, Map<CancelEligibility, Element>>();
let tipCount = 0;

function templateFor(eligibility: CancelEligibility, lookup: MessageLookup): Element {
  let known = templates.get(lookup);
  if (!known) {
    known = new Map();
    templates.set(lookup, known);
  }
  let template = known.get(eligibility);
  if (!template) {
    const label = lookup(badgeKey(eligibility)) ?? eligibility;
    template = document.createElement(BADGE_TAG);
    template.setAttribute(ELIGIBILITY_ATTRIBUTE, eligibility);
    template.setAttribute('role', 'button');
    template.setAttribute('tabindex', '0');
    template.setAttribute('style', BADGE_STYLE);
    const pill = document.createElement('span');
    pill.setAttribute('style', PILL_STYLE + COLOURS[eligibility]);
    pill.textContent = label;
    template.append(pill);
    known.set(eligibility, template);
  }
  return template;
}

export function createBadge(order: BadgeOrder, lookup: MessageLookup): Element {
  const badge = templateFor(order.eligibility, lookup).cloneNode(true) as Element;
  badge.setAttribute(ORDER_ATTRIBUTE, order.orderId);
  badgeData.set(badge, { order, lookup });
  return badge;
}

export function isBadge(element: Element): boolean {
  return element.localName === BADGE_TAG;
}

/** The tooltip of a badge, built on first use and linked to it as its description. */
export function tooltipOf(badge: Element): HTMLElement | null {
  const existing = badge.querySelector<HTMLElement>(TIP_TAG);
  if (existing) return existing;
  const data = badgeData.get(badge);
  if (!data) return null;
  const tip = document.createElement(TIP_TAG);
  tip.id = `scc-removal-tip-${++tipCount}`;
  tip.setAttribute('role', 'tooltip');
  // A description of the badge, read through aria-describedby; hidden so it never joins the badge's name.
  tip.setAttribute('aria-hidden', 'true');
  // In the top layer where the browser has one: no table cell's overflow can clip it.
  const popover = typeof (tip as Partial<HTMLElement>).showPopover === 'function';
  if (popover) tip.setAttribute('popover', 'manual');
  else tip.hidden = true;
  tip.setAttribute(
    'style',
    'position:fixed;inset:auto;left:0;top:0;margin:0;padding:0;border:0;background:transparent;overflow:visible;z-index:2147483000;',
  );
  const root = tip.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = tipCss;
  root.append(style, tipContent(data.order, data.lookup));
  badge.append(tip);
  badge.setAttribute('aria-describedby', tip.id);
  return tip;
}

function tipContent(order: BadgeOrder, lookup: MessageLookup): HTMLElement {
  const guidance = cancelGuidance(order, lookup, order.orderId);
  const box = document.createElement('div');
  box.className = 'tip';
  const paragraph = (text: string, className: string) => {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  };
  box.append(paragraph(guidance.why, 'why'));
  if (guidance.steps) {
    box.append(paragraph(guidance.steps.title, 'steps-title'));
    const list = document.createElement('ol');
    for (const step of guidance.steps.items) {
      const item = document.createElement('li');
      item.textContent = step;
      list.append(item);
    }
    box.append(list);
  }
  if (guidance.caveat) box.append(paragraph(guidance.caveat, 'caveat'));
  const source = lookup(REMOVAL_PAGE_KEYS.source);
  if (source) box.append(paragraph(source, 'source'));
  return box;
}
