/**
 * The words around a follow-up: the one-line reference to paste into the message to Amazon
 * (the reminder notification is in follow-up-notification.ts, which the background imports alone).
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import type { CaseRecord } from './model';
import { caseText } from './text';

/** `timeZone` is for tests; the UI leaves it out and gets the browser's own. */
export function formatCaseDate(at: number, language: UiLanguage, timeZone?: string): string {
  return new Intl.DateTimeFormat(caseText(language).locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** Quotes the case ID, and the date of the last message sent when there is one. */
export function followUpReference(record: CaseRecord, language: UiLanguage, timeZone?: string): string {
  const sentOn = record.lastSentAt === undefined ? undefined : formatCaseDate(record.lastSentAt, language, timeZone);
  return caseText(language).followUpReference(record.id, sentOn);
}

export { type FollowUpNotificationText, followUpNotification } from './follow-up-notification';
