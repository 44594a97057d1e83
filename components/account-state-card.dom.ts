/**
 * The in-page account-state card, built with plain DOM calls: the content script must stay
 * small (Preact alone would be a quarter of its budget), and every string goes in through
 * textContent, so page or seller text can never become HTML.
 */

import type { AccountState, Severity } from '@/lib/account-state/states';
import { formatCalendarDate } from '@/lib/calendar';
import type { DeadlineShown } from '@/lib/deadlines/record';
import type { OverlayCopy } from '@/lib/guidance';
import { textDirection } from '@/lib/i18n/direction';

export interface AccountStateCardProps {
  readonly state: AccountState;
  readonly severity: Severity;
  readonly copy: OverlayCopy;
  /** The language the copy is in: the card says so (lang, and dir for a right-to-left language). */
  readonly language: string;
  /** The notice's own words that led to the reading (page text: rendered as text, never as HTML). */
  readonly quote: string;
  /** The day the notice asks the seller to act by and the days left; null when it names none. */
  readonly deadline: DeadlineShown | null;
  readonly onOpenChecklist: () => void;
  readonly onDismiss: () => void;
}

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

function iconButton(symbol: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = el(
    'button',
    { type: 'button', class: 'icon', title: label },
    el('span', { 'aria-hidden': 'true' }, symbol),
  );
  button.append(el('span', { class: 'visually-hidden' }, label));
  button.addEventListener('click', onClick);
  return button;
}

/** "Deadline: 24 December 2026 (in 17 days)": the day as the language writes it, in the marketplace's calendar. */
function deadlineLine(label: string, deadline: DeadlineShown, language: string): HTMLElement {
  const date = formatCalendarDate(deadline.due, language, 'long');
  const left = new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(deadline.daysLeft, 'day');
  return el(
    'p',
    { class: 'deadline' },
    el('strong', {}, `${label}: `),
    el('time', { datetime: deadline.due }, date),
    ` (${left})`,
  );
}

/** Replaces the container's content with the card; returns the card element. */
export function renderAccountStateCard(container: Element, props: AccountStateCardProps): HTMLElement {
  const { copy, state, severity } = props;
  const { labels, facts } = copy;
  const facts_ = el('dl');
  for (const [label, value] of [
    [labels.selling, facts.selling],
    [labels.listings, facts.listings],
    [labels.funds, facts.funds],
    [labels.fba, facts.fba],
    [labels.fbm, facts.fbm],
  ] as const) {
    facts_.append(el('dt', {}, label), el('dd', {}, value));
  }
  const openChecklist = el('button', { type: 'button', class: 'primary' }, copy.openChecklist);
  openChecklist.addEventListener('click', props.onOpenChecklist);
  const body = el(
    'div',
    { id: 'scc-card-body', class: 'body' },
    el('p', {}, copy.summary),
    ...(props.deadline ? [deadlineLine(labels.deadline, props.deadline, props.language)] : []),
    ...(props.quote
      ? [
          el(
            'figure',
            { class: 'quote' },
            el('figcaption', {}, labels.pageSays),
            // The page's words keep their own direction, whatever the card's.
            el('blockquote', { title: props.quote, dir: 'auto' }, props.quote),
          ),
        ]
      : []),
    el('h3', {}, labels.whatItMeans),
    facts_,
    el('h3', {}, labels.nextSteps),
    el('ol', {}, ...copy.steps.map((step) => el('li', {}, step))),
    openChecklist,
    el('p', { class: 'fine' }, labels.notAffiliated),
  );
  const toggle = iconButton('–', labels.collapse, () => {
    const expanded = body.hidden;
    body.hidden = !expanded;
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.title = expanded ? labels.collapse : labels.expand;
    const [symbol, hidden] = toggle.children;
    if (symbol) symbol.textContent = expanded ? '–' : '+';
    if (hidden) hidden.textContent = expanded ? labels.collapse : labels.expand;
  });
  toggle.setAttribute('aria-expanded', 'true');
  toggle.setAttribute('aria-controls', 'scc-card-body');
  const card = el(
    'section',
    {
      class: `card severity-${severity}`,
      role: 'region',
      'aria-label': labels.region,
      'data-state': state,
      lang: props.language,
      dir: textDirection(props.language),
    },
    el('header', {}, el('span', { class: 'mark', 'aria-hidden': 'true' }), el('h2', {}, copy.title), toggle),
    body,
  );
  card.querySelector('header')?.append(iconButton('×', labels.dismiss, props.onDismiss));
  container.replaceChildren(card);
  return card;
}
