/**
 * The marketplace's account history as a section of the checklist export (issue #18): every
 * change of account state seen, dated, then every Account Health Rating reading as a table,
 * the months summarized in storage after them. Part of the seller's appeal file.
 */
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

function stateChangeLines(input: AccountHistoryInput, labels: ChecklistExportLabels, formats: HistoryFormats) {
  if (input.changes.length === 0) return [escapeMarkdown(labels.stateChangesEmpty)];
  return [...input.changes]
    .sort((a, b) => a.at - b.at)
    .map((change) => {
      const summary = change.summarized
        ? ` (${escapeMarkdown(formats.fill(labels.summarizedChanges, { count: change.summarized }))})`
        : '';
      return `- ${escapeMarkdown(formats.time(change.at))}: ${escapeMarkdown(input.stateName(change.state))}${summary}`;
    });
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
    `### ${escapeMarkdown(labels.stateChanges)}`,
    '',
    ...stateChangeLines(input, labels, formats),
    '',
    `### ${escapeMarkdown(labels.ratings)}`,
    '',
    ...ratingLines(input, labels, formats),
  ];
}
