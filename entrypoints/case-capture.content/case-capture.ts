import type { CasePageAnswer, CasePageReport } from '@/lib/cases/protocol';
import { defineFeature } from '@/lib/content-script/feature';
import { CASE_WORDS } from '@/lib/lang/cases';
import { sendMessage } from '@/lib/messaging';
import { caseIdFromUrl } from '@/lib/pages';

/**
 * On a case page: reads the case ID (URL, else the summary's "ID:") and the status as the
 * page words it, tells the background (which refreshes a saved case), and shows a small
 * "Save case" control. Plain DOM and textContent only.
 */

/** "ID: 20424098481", "Case ID: …", "Fall-ID: …", "ID caso: …": a label word may follow the ID. */
const ID_INLINE = /(?:^|[^\p{L}])ID(?:[\s-]+\p{L}+)?\s*[:：#]\s*(\d{6,15})(?!\d)/u;
const ID_LABEL = /(?:^|[^\p{L}])ID(?:[\s-]+\p{L}+)?\s*[:：#]?$/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Status", "Statut", "Stato", "ステータス", "状态" …: every language's label before a case's status. */
const STATUS_LABELS = [...new Set(Object.values(CASE_WORDS).flatMap((words) => words.statusLabels))]
  .sort((a, b) => b.length - a.length)
  .map((label) => escapeRegExp(label).replace(/ /g, '\\s+'));
const STATUS_WORD = `(?:case\\s+)?(?:${STATUS_LABELS.join('|')})`;
const STATUS_INLINE = new RegExp(`^${STATUS_WORD}\\s*[:：]\\s*(.{1,120})$`, 'iu');
const STATUS_LABEL = new RegExp(`^${STATUS_WORD}\\s*[:：]?$`, 'iu');
const DIGITS = /^\d{6,15}$/;
const MAX_NODES = 5000;
const RE_READ_MS = [1500, 4000] as const;

/** Visible text pieces in document order, open shadow roots and Katal's text attributes included. */
function textPieces(root: Node, out: string[] = [], budget = { nodes: MAX_NODES }): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && /^(script|style|noscript|template|textarea|scc-)/.test(node.localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node && budget.nodes-- > 0; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const name of ['header', 'label']) {
        const value = node.localName.startsWith('kat-') ? node.getAttribute(name) : null;
        if (value) out.push(value.trim());
      }
      if (node.shadowRoot) textPieces(node.shadowRoot, out, budget);
    } else {
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
  }
  return out;
}

interface Summary {
  readonly id: string | null;
  readonly status: string | null;
}

export function readCaseSummary(root: Node): Summary {
  const pieces = textPieces(root);
  let id: string | null = null;
  let status: string | null = null;
  pieces.forEach((piece, index) => {
    const next = pieces[index + 1] ?? '';
    id ??= ID_INLINE.exec(piece)?.[1] ?? (ID_LABEL.test(piece) && DIGITS.test(next) ? next : null);
    status ??= STATUS_INLINE.exec(piece)?.[1]?.trim() ?? (STATUS_LABEL.test(piece) && next ? next.slice(0, 120) : null);
  });
  return { id, status };
}

const CSS = `
:host{all:initial;position:fixed;left:16px;bottom:16px;z-index:2147483000;display:block}
button{font:600 13px/1.3 system-ui,sans-serif;padding:7px 14px;border-radius:6px;cursor:pointer;
  border:1px solid #0b5cad;background:#0b5cad;color:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3)}
button[data-saved]{background:#fff;color:#1d6b35;border-color:#1d6b35}
button:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
@media (prefers-color-scheme:dark){button{background:#7cb8ff;color:#0b1620;border-color:#7cb8ff}
  button[data-saved]{background:#15191e;color:#7ad492;border-color:#7ad492}}`;

/** The page's status for this case; null while the summary still shows another case (SPA navigation). */
function statusOnPage(id: string): string | null {
  const summary = readCaseSummary(document.body);
  return summary.id === null || summary.id === id ? summary.status : null;
}

class SaveControl {
  readonly host = document.createElement('scc-case-save');
  private readonly button = document.createElement('button');
  private report: CasePageReport | null = null;

  constructor() {
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.button.type = 'button';
    this.button.addEventListener('click', () => void this.save());
    shadow.append(style, this.button);
  }

  show(report: CasePageReport, answer: CasePageAnswer): void {
    this.report = report;
    this.host.setAttribute('data-scc-case-id', report.id);
    this.host.title = `Seller Central Companion: ${report.id}`;
    this.draw(answer, answer.saved ? answer.labels.saved : answer.labels.save);
    if (!this.host.isConnected) document.body.append(this.host);
  }

  private draw(answer: CasePageAnswer, text: string): void {
    this.host.setAttribute('data-scc-case-saved', String(answer.saved));
    this.button.toggleAttribute('data-saved', answer.saved);
    this.button.textContent = text;
  }

  private async save(): Promise<void> {
    if (!this.report) return;
    const report = { ...this.report, statusText: statusOnPage(this.report.id) ?? this.report.statusText };
    const answer = await sendMessage('caseCapture', report).catch(() => null);
    // Without an answer the extension was reloaded under this page: only a reload reconnects it.
    if (!answer) this.button.textContent = '⚠';
    else this.draw(answer, answer.saved ? answer.labels.saved : answer.labels.failed);
  }
}

export const caseCapture = defineFeature({
  id: 'case-capture',
  // The case log and the rest of the case app too: a single-page navigation from them opens a case.
  include: ['case-log', 'case-view', 'support'],
  async init(ctx, page) {
    const control = new SaveControl();
    const marketplace = page.marketplace.code;
    let last = '';
    const report = async (id: string, url: string, onlyIfChanged: boolean) => {
      const statusText = statusOnPage(id);
      if (onlyIfChanged && `${id}|${statusText}` === last) return;
      last = `${id}|${statusText}`;
      const answer = await sendMessage('casePageSeen', { marketplace, url, id, statusText }).catch(() => null);
      if (answer && !ctx.isInvalid && location.href === url) control.show({ marketplace, url, id, statusText }, answer);
    };
    const run = async (url: string) => {
      const id = caseIdFromUrl(url);
      if (id === null) {
        control.host.remove();
        return;
      }
      await report(id, url, false);
      // Seller Central fills the summary in late: read it again and report a status that appeared.
      for (const delay of RE_READ_MS) ctx.setTimeout(() => location.href === url && void report(id, url, true), delay);
    };
    ctx.onInvalidated(() => control.host.remove());
    await run(page.url);
    // Off a case (the case log, a contact form) it only listens, so a navigation into a case is caught.
    return { navigated: (next) => run(next.url), standDown: () => control.host.remove() };
  },
});
