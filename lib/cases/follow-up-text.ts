/**
 * The words around a follow-up: the one-line reference to paste into the message to Amazon
 * (the reminder notification is in follow-up-notification.ts, which the background imports alone).
 */
import { relativeTime, relativeTimeUntil } from '@/lib/i18n/relative-time';
import type { UiLanguage } from '@/lib/i18n/translate';
import type { FollowUp } from './follow-up';
import type { CaseRecord } from './model';
import type { CaseText } from './text';

/**
 * The list row's follow-up line: "Follow up in 2 days", "Follow up now", "Follow-up overdue: it
 * was due 3 days ago"; null when the next move is not a follow-up (answered, resolved, the
 * seller's turn), which the row's status already says.
 */
export function followUpLine(followUp: FollowUp, now: number, text: CaseText, language: UiLanguage): string | null {
  if (followUp.dueAt === null) return null;
  if (followUp.state === 'overdue') return text.followUpOverdue(relativeTime(followUp.dueAt, now, language));
  if (followUp.state === 'due') return text.followUpStates.due;
  return text.followUpIn(relativeTimeUntil(followUp.dueAt, now, language));
}

/** `timeZone` is for tests; the UI leaves it out and gets the browser's own. */
export function formatCaseDate(at: number, language: UiLanguage, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** Quotes the case ID, and the date of the last message sent when there is one. */
export function followUpReference(record: CaseRecord, text: CaseText, language: UiLanguage, timeZone?: string): string {
  const sentOn = record.lastSentAt === undefined ? undefined : formatCaseDate(record.lastSentAt, language, timeZone);
  return text.followUpReference(record.id, sentOn);
}

export { type FollowUpNotificationText, followUpNotification } from './follow-up-notification';
