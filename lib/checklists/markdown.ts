/**
 * A checklist with its progress as a Markdown document the seller keeps with their appeal:
 * title, marketplace, when it was generated, every item ticked or not with the time it was
 * ticked, why it matters and a link; optionally the case timeline and the account's history. Every piece of text that
 * did not come from our own Markdown is escaped.
 */
import { formatCalendarDate } from '@/lib/calendar';
import type { UiLanguage } from '@/lib/i18n/translate';
import { type MarketplaceCode, marketplaceHost } from '@/lib/marketplaces';
import { CHECKLISTS } from './definitions';
import { escapeMarkdown, markdownUrl } from './markdown-escape';
import { type AccountHistoryInput, accountHistoryMarkdown } from './markdown-history';
import { type ChecklistProgress, countProgress, doneAt } from './progress';
import type { ChecklistId, ChecklistLanguagePack } from './types';
import { checklistView } from './view';

export type CaseDirection = 'sent' | 'received';

export interface CaseTimelineEntry {
  /** Epoch milliseconds. */
  readonly at: number;
  readonly caseId: string;
  readonly direction: CaseDirection;
  readonly summary: string;
}

export interface ChecklistMarkdownInput {
  readonly checklist: ChecklistId;
  readonly progress: ChecklistProgress;
  readonly language: UiLanguage;
  /** That language's checklist text (loadChecklistPack). */
  readonly pack: ChecklistLanguagePack;
  /** The seller's marketplace; links are built on its host, which the export names. */
  readonly marketplace: MarketplaceCode;
  readonly generatedAt: number;
  /** When given (even empty), a case timeline section is added, oldest entry first. */
  readonly timeline?: readonly CaseTimelineEntry[];
  /** When given, the marketplace's account history is added: state changes and rating readings. */
  readonly history?: AccountHistoryInput;
  /** IANA zone for the times written; the browser's own zone when omitted. */
  readonly timeZone?: string;
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function timeFormatter(language: UiLanguage, timeZone: string | undefined): (epochMs: number) => string {
  const format = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  return (epochMs) => (Number.isFinite(epochMs) ? format.format(new Date(epochMs)) : '?');
}

export function checklistMarkdown(input: ChecklistMarkdownInput): string {
  const { checklist, progress, language, pack, marketplace, generatedAt, timeline, history, timeZone } = input;
  const host = marketplaceHost(marketplace);
  const labels = pack.exportLabels;
  const view = checklistView(checklist, pack, marketplace);
  const time = timeFormatter(language, timeZone);
  const { done, total } = countProgress(progress, CHECKLISTS[checklist]);
  const percent = total === 0 ? 0 : Math.floor((done * 100) / total);

  const lines: string[] = [
    `# ${escapeMarkdown(view.title)}`,
    '',
    `- ${escapeMarkdown(labels.marketplace)}: ${escapeMarkdown(host)}`,
    `- ${escapeMarkdown(labels.generated)}: ${escapeMarkdown(time(generatedAt))}`,
    `- ${escapeMarkdown(fill(labels.progress, { done, total, percent }))}`,
    '',
    escapeMarkdown(view.intro),
    '',
  ];

  for (const item of view.items) {
    const ticked = doneAt(progress, item.id);
    const state = ticked === null ? labels.notTicked : fill(labels.tickedAt, { time: time(ticked) });
    lines.push(`- [${ticked === null ? ' ' : 'x'}] **${escapeMarkdown(item.title)}** (${escapeMarkdown(state)})`);
    lines.push(`  ${escapeMarkdown(item.why)}`);
    if (item.detail) lines.push(`  ${escapeMarkdown(item.detail)}`);
    if (item.evidencePrompt)
      lines.push(`  *${escapeMarkdown(labels.evidence)}:* ${escapeMarkdown(item.evidencePrompt)}`);
    const url = item.url ? markdownUrl(item.url) : null;
    if (url) lines.push(`  [${escapeMarkdown(labels.link)}](${url})`);
  }

  if (timeline) {
    lines.push('', `## ${escapeMarkdown(labels.timeline)}`, '');
    if (timeline.length === 0) lines.push(escapeMarkdown(labels.timelineEmpty));
    const ordered = [...timeline].sort((a, b) => a.at - b.at);
    for (const entry of ordered) {
      const direction = entry.direction === 'sent' ? labels.sent : labels.received;
      lines.push(
        `- ${escapeMarkdown(time(entry.at))}, ${escapeMarkdown(labels.caseLabel)} ${escapeMarkdown(entry.caseId)}, ` +
          `${escapeMarkdown(direction)}: ${escapeMarkdown(entry.summary)}`,
      );
    }
  }

  if (history) {
    lines.push(
      '',
      ...accountHistoryMarkdown(history, labels, { time, day: (day) => formatCalendarDate(day, language), fill }),
    );
  }

  lines.push('', '---', '', `*${escapeMarkdown(labels.footer)}*`, '');
  return lines.join('\n');
}

/** A file name for the download: checklist and marketplace, date in ISO form, nothing a file system rejects. */
export function checklistMarkdownFileName(
  checklist: ChecklistId,
  marketplace: MarketplaceCode,
  generatedAt: number,
): string {
  const date = Number.isFinite(generatedAt) ? new Date(generatedAt).toISOString().slice(0, 10) : 'undated';
  const safeHost =
    marketplaceHost(marketplace)
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .slice(0, 60) || 'seller-central';
  return `checklist-${checklist}-${safeHost}-${date}.md`;
}
