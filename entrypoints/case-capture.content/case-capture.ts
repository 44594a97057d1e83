import { guessCaseTopic } from '@/lib/cases/case-topic';
import { caseStatusFromPage } from '@/lib/cases/page-status';
import type { CasePageAnswer, CasePageReport } from '@/lib/cases/protocol';
import { defineFeature } from '@/lib/content-script/feature';
import { languagesOfThisPage } from '@/lib/content-script/page-languages.dom';
import { CASE_SUBJECT_WORDS } from '@/lib/lang/case-subjects';
import { CASE_WORDS } from '@/lib/lang/cases';
import { LETTERS } from '@/lib/letters';
import { sendMessage } from '@/lib/messaging';
import { caseIdFromUrl } from '@/lib/pages';

/**
 * On a case page: reads the case ID (URL, else the summary's "ID:") and the status as the
 * page words it, tells the background (which refreshes a saved case), and shows a small
 * "Save case" control. Plain DOM and textContent only.
 */

/** "ID: 20424098481", "Case ID: …", "Fall-ID: …", "ID caso: …": a label word may follow the ID. */
const ID_INLINE = new RegExp(String.raw`(?:^|[^${LETTERS}])ID(?:[\s-]+[${LETTERS}]+)?\s*[:：#]\s*(\d{6,15})(?!\d)`);
const ID_LABEL = new RegExp(String.raw`(?:^|[^${LETTERS}])ID(?:[\s-]+[${LETTERS}]+)?\s*[:：#]?$`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Labels of every language as one alternation, longest first, a space matching any whitespace. */
const anyOf = (labels: readonly string[]) =>
  `(?:${[...new Set(labels)]
    .sort((a, b) => b.length - a.length)
    .map((label) => escapeRegExp(label).replace(/ /g, '\\s+'))
    .join('|')})`;
/** "Status", "Statut", "Stato", "ステータス", "状态" …: every language's label before a case's status. */
const STATUS_WORD = `(?:case\\s+)?${anyOf(Object.values(CASE_WORDS).flatMap((words) => words.statusLabels))}`;
const STATUS_INLINE = new RegExp(`^${STATUS_WORD}\\s*[:：]\\s*(.{1,120})$`, 'iu');
const STATUS_LABEL = new RegExp(`^${STATUS_WORD}\\s*[:：]?$`, 'iu');
/** A subject longer than this is not a subject (a message body pasted next to the label). */
const SUBJECT_MAX_CHARS = 300;
/** "Subject", "Betreff", "Objet", "件名" …: every language's label before a case's subject. */
const SUBJECT_WORD = anyOf(CASE_SUBJECT_WORDS.flatMap((words) => words.subjectLabels));
const SUBJECT_INLINE = new RegExp(`^${SUBJECT_WORD}\\s*[:：]\\s*(.{1,${SUBJECT_MAX_CHARS}})`, 'iu');
const SUBJECT_LABEL = new RegExp(`^${SUBJECT_WORD}\\s*[:：]?$`, 'iu');
const DIGITS = /^\d{6,15}$/;
/** Headings that name the case: the summary's own heading sits just before the case ID. */
const HEADING = /^h[2-4]$/;
const MAX_NODES = 5000;
const RE_READ_MS = [1500, 4000] as const;

interface Piece {
  readonly text: string;
  /** Text of an h2–h4 heading (Katal's header attributes are labels, not subjects). */
  readonly heading: boolean;
}

/** Visible text pieces in document order, open shadow roots and Katal's text attributes included. */
function textPieces(root: Node, out: Piece[] = [], budget = { nodes: MAX_NODES }): Piece[] {
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
        if (value) out.push({ text: value.trim(), heading: false });
      }
      if (node.shadowRoot) textPieces(node.shadowRoot, out, budget);
    } else {
      const text = node.textContent?.trim();
      const parent = node.parentElement?.localName ?? '';
      if (text) out.push({ text, heading: HEADING.test(parent) });
    }
  }
  return out;
}

interface Summary {
  readonly id: string | null;
  readonly status: string | null;
  /** "Subject: …" where the page labels it, else the last heading before the case ID. */
  readonly subject: string | null;
}

export function readCaseSummary(root: Node): Summary {
  const pieces = textPieces(root);
  let id: string | null = null;
  let status: string | null = null;
  let labelled: string | null = null;
  let heading: string | null = null;
  for (const [index, { text: piece, heading: isHeading }] of pieces.entries()) {
    const next = pieces[index + 1]?.text ?? '';
    if (isHeading && id === null) heading = piece;
    id ??= ID_INLINE.exec(piece)?.[1] ?? (ID_LABEL.test(piece) && DIGITS.test(next) ? next : null);
    status ??= STATUS_INLINE.exec(piece)?.[1]?.trim() ?? (STATUS_LABEL.test(piece) && next ? next.slice(0, 120) : null);
    labelled ??= SUBJECT_INLINE.exec(piece)?.[1]?.trim() ?? (SUBJECT_LABEL.test(piece) && next ? next : null);
  }
  const subject =
    (labelled ?? (id === null ? null : heading))?.replace(/\s+/g, ' ').slice(0, SUBJECT_MAX_CHARS) ?? null;
  return { id, status, subject: subject || null };
}

const CSS = `
:host{all:initial;position:fixed;left:16px;bottom:16px;z-index:2147483000;display:block}
button{font:600 13px/1.3 system-ui,sans-serif;padding:7px 14px;border-radius:6px;cursor:pointer;
  border:1px solid #0b5cad;background:#0b5cad;color:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3)}
button[data-saved]{background:#fff;color:#1d6b35;border-color:#1d6b35}
button:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
@media (prefers-color-scheme:dark){button{background:#7cb8ff;color:#0b1620;border-color:#7cb8ff}
  button[data-saved]{background:#15191e;color:#7ad492;border-color:#7ad492}}`;

/**
 * What the page shows of this case: its status and its subject, with the topic the subject
 * suggests. Nothing while the summary still shows another case (SPA navigation).
 */
function caseOnPage(id: string): Pick<CasePageReport, 'status' | 'subject' | 'topic'> {
  const summary = readCaseSummary(document.body);
  if (summary.id !== null && summary.id !== id) return { status: null, subject: null };
  const topic = summary.subject ? guessCaseTopic(summary.subject, CASE_SUBJECT_WORDS) : 'other';
  return {
    status: caseStatusFromPage(summary.status),
    subject: summary.subject,
    ...(topic === 'other' ? {} : { topic }),
  };
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
    const onPage = caseOnPage(this.report.id);
    const report: CasePageReport = {
      ...this.report,
      ...onPage,
      status: onPage.status ?? this.report.status,
      subject: onPage.subject ?? this.report.subject ?? null,
    };
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
    const languages = languagesOfThisPage(page.marketplace);
    let last = '';
    const report = async (id: string, url: string, onlyIfChanged: boolean) => {
      const onPage = caseOnPage(id);
      const seen = `${id}|${onPage.status}|${onPage.subject}`;
      if (onlyIfChanged && seen === last) return;
      last = seen;
      const pageReport: CasePageReport = { marketplace, url, id, ...onPage, languages };
      const answer = await sendMessage('casePageSeen', pageReport).catch(() => null);
      if (answer && !ctx.isInvalid && location.href === url) control.show(pageReport, answer);
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
