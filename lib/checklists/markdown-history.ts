/**
 * The marketplace's account history as a section of the checklist export (issue #18): one dated
 * timeline of the account-state changes, policy-count changes and performance notifications
 * seen, the policy counts as Account Health last listed them, then every Account Health Rating
 * reading as a table, the months summarized in storage after them. Part of the seller's appeal
 * file.
 */
import { dayInstant } from '@/lib/account-health/chart-geometry';
import type { PerformanceNotices } from '@/lib/account-health/performance-notices';
import type { PolicyHistory } from '@/lib/account-health/policy-history';
import type { RatingHistory } from '@/lib/account-health/rating-history';
import type { StateChange } from '@/lib/account-state/schemas';
import type { AccountState } from '@/lib/account-state/states';
import type { AhrStatus } from '@/lib/detect/ahr';
import { escapeMarkdown } from './markdown-escape';
import type { ChecklistExportLabels } from './types';

export interface AccountHistoryInput {
  /** This marketplace's changes, in any order. */
  readonly changes: readonly StateChange[];
  readonly ratings: RatingHistory;
  readonly policies: PolicyHistory;
  readonly notices: PerformanceNotices;
  /** The state's name in the export's language; null is the account without a state (healthy). */
  readonly stateName: (state: AccountState | null) => string;
  readonly statusName: (status: AhrStatus) => string;
}

export interface HistoryFormats {
  readonly time: (epochMs: number) => string;
  readonly day: (isoDay: string) => string;
  readonly fill: (template: string, values: Readonly<Record<string, string | number>>) => string;
}

const cell = (text: string) => escapeMarkdown(text) || ' ';
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

interface TimelineEntry {
  readonly at: number;
  /** How its date is written: a notice's own date is a day, not an instant. */
  readonly when: string;
  readonly text: string;
}

function timelineEntries(input: AccountHistoryInput, labels: ChecklistExportLabels, formats: HistoryFormats) {
  const count = (value: number | null) => (value === null ? '–' : String(value));
  const entries: TimelineEntry[] = [
    ...input.changes.map((change) => ({
      at: change.at,
      when: formats.time(change.at),
      text: change.summarized
        ? `${input.stateName(change.state)} (${formats.fill(labels.summarizedChanges, { count: change.summarized })})`
        : input.stateName(change.state),
    })),
    ...input.policies.changes.map((change) => ({
      at: change.at,
      when: formats.time(change.at),
      text: formats.fill(labels.timelinePolicy, {
        policy: change.name,
        from: count(change.from),
        to: count(change.to),
      }),
    })),
    ...input.notices.notices.map((notice) =>
      notice.day
        ? {
            at: dayInstant(notice.day),
            when: formats.day(notice.day),
            text: formats.fill(labels.timelineNotice, { title: notice.title }),
          }
        : {
            at: notice.firstSeen,
            when: `${notice.shown} (${formats.time(notice.firstSeen)})`,
            text: formats.fill(labels.timelineNotice, { title: notice.title }),
          },
    ),
  ];
  return entries.sort((a, b) => a.at - b.at);
}

function timelineLines(input: AccountHistoryInput, labels: ChecklistExportLabels, formats: HistoryFormats) {
  const folded = [
    input.policies.folded && formats.fill(labels.policyChangesFolded, { count: input.policies.folded.count }),
    input.notices.folded && formats.fill(labels.noticesFolded, { count: input.notices.folded.count }),
  ].flatMap((text) => (text ? [`- ${escapeMarkdown(text)}`] : []));
  const entries = timelineEntries(input, labels, formats);
  if (entries.length === 0 && folded.length === 0) return [escapeMarkdown(labels.accountTimelineEmpty)];
  return [...folded, ...entries.map((entry) => `- ${escapeMarkdown(entry.when)}: ${escapeMarkdown(entry.text)}`)];
}

function policyLines(input: AccountHistoryInput, labels: ChecklistExportLabels, formats: HistoryFormats) {
  const latest = input.policies.latest;
  if (!latest) return [escapeMarkdown(labels.policiesEmpty)];
  return [
    escapeMarkdown(formats.fill(labels.policiesAsOf, { date: formats.time(latest.at) })),
    '',
    row([labels.policyName, labels.policyCount]),
    '| --- | ---: |',
    ...latest.rows.map((policy) => row([policy.name, String(policy.count)])),
  ];
}

function ratingLines(input: AccountHistoryInput, labels: ChecklistExportLabels, formats: HistoryFormats) {
  const { days, months } = input.ratings;
  if (days.length === 0 && months.length === 0) return [escapeMarkdown(labels.ratingsEmpty)];
  const rating = (value: number | null) => (value === null ? '' : String(value));
  const status = (value: AhrStatus | null) => (value === null ? '' : input.statusName(value));
  const lines = [row([labels.ratingDay, labels.ratingValue, labels.ratingStatus]), '| --- | ---: | --- |'];
  // Summarized months are older than every kept day: oldest first, as the history reads.
  for (const month of months) {
    const range =
      month.min !== null && month.max !== null && month.min !== month.max ? ` (${month.min}–${month.max})` : '';
    lines.push(
      row([
        formats.fill(labels.ratingMonth, { month: month.month, days: month.days }),
        `${rating(month.last)}${range}`,
        status(month.lastStatus),
      ]),
    );
  }
  for (const day of days) lines.push(row([formats.day(day.day), rating(day.rating), status(day.status)]));
  return lines;
}

export function accountHistoryMarkdown(
  input: AccountHistoryInput,
  labels: ChecklistExportLabels,
  formats: HistoryFormats,
): string[] {
  return [
    `## ${escapeMarkdown(labels.accountHistory)}`,
    '',
    `### ${escapeMarkdown(labels.accountTimeline)}`,
    '',
    ...timelineLines(input, labels, formats),
    '',
    `### ${escapeMarkdown(labels.policies)}`,
    '',
    ...policyLines(input, labels, formats),
    '',
    `### ${escapeMarkdown(labels.ratings)}`,
    '',
    ...ratingLines(input, labels, formats),
  ];
}
