/**
 * The Account Health Rating read by structure, not by the text right after its label: Seller
 * Central draws it as a card with the number in an element of its own, a gauge or score ring
 * (SVG text, role=meter), with a help popover between label and number, or as a status word
 * with a colour. The widget is the closest ancestor of the label that shows a score.
 *
 * Never read as the score: the legend's ranges ("100-199"), the scale ("/ 1,000", "0-1000"),
 * numbers inside prose, tooltips, popovers and legends, dates, percentages, and counts with a
 * word after them ("3 violations").
 */

import { holdsClassWord } from '@/lib/dom/class-words';
import {
  type AhrStatus,
  type RatingWords,
  SHORT_RATING_TEXT,
  scoreOfText,
  statusOfText,
  type WidgetRating,
} from './ahr';
import { letterCount, normalizeText } from './normalize';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MAX_WIDGET_CHARS = 2500;
const MAX_CLIMB = 7;
const MAX_NODES = 1500;
const LABEL_MAX = 120;
const LEGEND_RANGE = /\d\s*[-–~]\s*\d/;
/** Leaves read after the label: the popover's trigger, a gauge, the number, its status word. */
const LEAVES_AFTER_LABEL = 16;
const LEAVES_BEFORE_LABEL = 4;

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'button', 'kat-button', 'nav', 'table']);
// Whole class words only: "ahr-status-orange" holds "range" but is no range.
export const ASIDE_CLASS_WORDS: ReadonlySet<string> = new Set([
  'popover',
  'tooltip',
  'legend',
  'scale',
  'threshold',
  'thresholds',
  'range',
  'ranges',
  'explanation',
  'description',
  'help',
  'hint',
  'footnote',
  'info-text',
  'infotext',
]);
const ASIDE_ROLES = new Set(['tooltip', 'dialog', 'note', 'button', 'navigation']);
const HIDDEN_CLASS = /(?:^|\s)(?:aok-hidden|a-hidden|hidden)(?:\s|$)/;
const SCORE_CLASS = /score|rating|ahr|gauge|ring|dial/i;

export const COLOURS: ReadonlyArray<readonly [AhrStatus, ReadonlySet<string>]> = [
  ['critical', new Set(['red', 'critical', 'danger', 'unhealthy', 'poor', 'bad', 'error'])],
  ['at-risk', new Set(['orange', 'amber', 'yellow', 'warning', 'at-risk', 'atrisk', 'fair'])],
  ['healthy', new Set(['green', 'healthy', 'good', 'success'])],
];

interface Leaf {
  readonly element: Element;
  readonly text: string;
}

function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = el.getAttribute('class');
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isAside(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && ASIDE_ROLES.has(role)) return true;
  const cls = el.getAttribute('class');
  return (
    (cls !== null && holdsClassWord(cls, ASIDE_CLASS_WORDS)) ||
    el.localName === 'kat-popover' ||
    el.localName === 'kat-tooltip'
  );
}

/**
 * Text drawn out of sight for screen readers ("(opens details)", "，点击查看详情"): AUI's
 * `a-offscreen` and the `sr-only` / `visually-hidden` utility classes of web apps.
 */
const SCREEN_READER_CLASS_WORDS: ReadonlySet<string> = new Set([
  'sr-only',
  'sronly',
  'visually-hidden',
  'visuallyhidden',
  'offscreen',
  'a-offscreen',
  'screen-reader',
]);

function isScreenReaderOnly(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && holdsClassWord(cls, SCREEN_READER_CLASS_WORDS);
}

/** Not on screen: hidden, or drawn out of sight for screen readers. */
export const isUnseen = (el: Element): boolean => isHiddenElement(el) || isScreenReaderOnly(el);

/**
 * Text a reader of rows passes over: unseen, or beside the point (a tooltip, popover, legend,
 * help text, button).
 */
export const isOutOfReading = (el: Element): boolean => isUnseen(el) || isAside(el);

/** Text-bearing elements of the widget in document order, open shadow roots included. */
function leavesOf(widget: Element): Leaf[] {
  const leaves: Leaf[] = [];
  const stack: Node[] = [widget];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const node = stack.pop() as Node;
    visited += 1;
    if (node.nodeType === TEXT_NODE) {
      const parent = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
      const text = (node as Text).data;
      if (parent && text.trim().length > 0) leaves.push({ element: parent, text });
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (el !== widget && (SKIPPED_TAGS.has(el.localName) || isHiddenElement(el) || isAside(el))) continue;
      const meter = meterValue(el);
      if (meter !== null) leaves.push({ element: el, text: meter });
    }
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    const shadow = node.nodeType === ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) for (let child = shadow.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Node);
  }
  return leaves;
}

/** A gauge drawn as role=meter or progressbar carries its value in ARIA. */
function meterValue(el: Element): string | null {
  const role = el.getAttribute('role');
  if (role !== 'meter' && role !== 'progressbar') return null;
  const now = el.getAttribute('aria-valuenow');
  const max = el.getAttribute('aria-valuemax');
  if (now === null || (max !== null && Number(max.replace(/\D/g, '')) !== 1000)) return null;
  return now;
}

/**
 * A number whose element follows a label of its own ("Policy violations" 2) is that metric's
 * count, not the rating; the rating's own label is the one exception.
 */
function isOtherMetric(leaf: Leaf, words: RatingWords): boolean {
  if (leaf.element.firstElementChild) return false;
  const previous = leaf.element.previousElementSibling;
  // A label is a leaf of text: a table or a list before the number labels nothing.
  if (!previous || previous.childElementCount > 0) return false;
  const text = previous.textContent?.trim() ?? '';
  if (text.length === 0 || text.length > 80 || letterCount(text) === 0) return false;
  return !words.isLabel(normalizeText(text));
}

/** A status word beside a range ("At Risk" | "100-199") is the legend, not this account's status. */
function isLegendEntry(leaf: Leaf): boolean {
  for (const sibling of [leaf.element.previousElementSibling, leaf.element.nextElementSibling]) {
    if (sibling && LEGEND_RANGE.test(normalizeText(sibling.textContent ?? ''))) return true;
  }
  return false;
}

function colourOf(el: Element, widget: Element): AhrStatus | null {
  for (let current: Element | null = el; current; current = current.parentElement) {
    const cls = current.getAttribute('class') ?? '';
    for (const [status, words] of COLOURS) if (holdsClassWord(cls, words)) return status;
    if (current === widget) break;
  }
  return null;
}

/** Reads the rating a widget shows; null when it shows none. */
export function readWidget(widget: Element, label: Element | null, words: RatingWords): WidgetRating | null {
  const leaves = leavesOf(widget);
  let labelAt = label ? leaves.findIndex((leaf) => leaf.element === label || label.contains(leaf.element)) : -1;
  if (labelAt < 0)
    labelAt = leaves.findIndex((leaf) => leaf.text.length <= LABEL_MAX && words.isLabel(normalizeText(leaf.text)));
  // The score follows its label closely (the label's own text included: "Rating: 150"); a card
  // holding other numbers (orders, messages) is never read past that.
  // A ring may draw the score above its caption: the leaves just before the label come next.
  const ordered =
    labelAt >= 0
      ? [
          ...leaves.slice(labelAt, labelAt + 1 + LEAVES_AFTER_LABEL),
          ...leaves.slice(Math.max(0, labelAt - LEAVES_BEFORE_LABEL), labelAt).reverse(),
        ]
      : leaves;
  let number: { value: number; leaf: Leaf } | null = null;
  let scored: { value: number; leaf: Leaf } | null = null;
  for (const leaf of ordered) {
    const value = scoreOfText(leaf.text, words);
    if (value === null || isOtherMetric(leaf, words)) continue;
    if (!number) number = { value, leaf };
    if (!scored && SCORE_CLASS.test(leaf.element.getAttribute('class') ?? '')) scored = { value, leaf };
  }
  const chosen = scored ?? number;
  if (chosen)
    return {
      rating: chosen.value,
      status: statusOfText(normalizeText(chosen.leaf.text), words),
      shown: String(chosen.value),
    };
  for (const leaf of ordered) {
    const text = normalizeText(leaf.text);
    if (text.length > SHORT_RATING_TEXT || /\d/.test(text)) continue;
    const status = statusOfText(text, words);
    if (status && !isLegendEntry(leaf)) return { rating: null, status, shown: leaf.text.trim() };
  }
  for (const leaf of ordered) {
    const status = colourOf(leaf.element, widget);
    if (status) return { rating: null, status, shown: leaf.element.getAttribute('class') ?? status };
  }
  return null;
}

/** The widget around a label: the closest ancestor (shadow hosts crossed) that shows a rating. */
export function widgetAround(label: Element, words: RatingWords): { widget: Element; rating: WidgetRating } | null {
  let current: Element | null = label.parentElement ?? (label.parentNode as ShadowRoot | null)?.host ?? null;
  for (let level = 0; current && level < MAX_CLIMB; level += 1) {
    if (current.localName === 'body' || current.localName === 'html' || current.localName === 'main') return null;
    if ((current.textContent ?? '').length > MAX_WIDGET_CHARS) return null;
    const rating = readWidget(current, label, words);
    if (rating) return { widget: current, rating };
    current = current.parentElement ?? (current.parentNode as ShadowRoot | null)?.host ?? null;
  }
  return null;
}
