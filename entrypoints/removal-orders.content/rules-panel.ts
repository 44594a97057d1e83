import { createPageRules } from '@/lib/removal/cancel-guidance';
import { type MessageLookup, REMOVAL_PAGE_KEYS } from '@/lib/removal/messages';
import panelCss from './rules-panel.css?inline';

export const RULES_TAG = 'scc-removal-rules';

/**
 * The rules that bite when creating a removal order, in a small panel under the page's
 * heading (in its own shadow root, so neither side's styles leak). Hidden for the rest of the
 * page's life when the seller closes it.
 */
export class RulesPanel {
  private host: HTMLElement | null = null;
  private dismissed = false;

  constructor(private readonly lookup: MessageLookup) {}

  show(): void {
    if (this.dismissed || this.host?.isConnected) return;
    this.host ??= this.build();
    const heading = document.querySelector('main h1') ?? document.querySelector('h1');
    if (heading) heading.after(this.host);
    else (document.querySelector('main') ?? document.body).prepend(this.host);
  }

  hide(): void {
    this.host?.remove();
  }

  private build(): HTMLElement {
    const host = document.createElement(RULES_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = panelCss;
    const rules = createPageRules(this.lookup);
    const section = document.createElement('section');
    section.setAttribute('role', 'region');
    section.setAttribute('aria-label', this.lookup(REMOVAL_PAGE_KEYS.panelLabel) ?? rules.title);
    const head = document.createElement('div');
    head.className = 'head';
    const title = document.createElement('h2');
    title.textContent = rules.title;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = this.lookup(REMOVAL_PAGE_KEYS.hideRules) ?? '×';
    close.addEventListener('click', () => {
      this.dismissed = true;
      this.hide();
    });
    head.append(title, close);
    const list = document.createElement('ul');
    for (const rule of rules.rules) {
      const item = document.createElement('li');
      item.dataset.rule = rule.id;
      item.textContent = rule.text;
      list.append(item);
    }
    section.append(head, list);
    const source = this.lookup(REMOVAL_PAGE_KEYS.source);
    if (source) {
      const note = document.createElement('p');
      note.className = 'source';
      note.textContent = source;
      section.append(note);
    }
    root.append(style, section);
    return host;
  }
}
