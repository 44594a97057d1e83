/** The reminder notification's words. Apart from follow-up-text.ts so the background ships no UI text. */
import { caseMarketplaceLabel } from './case-marketplace';
import { hoursSinceSent } from './follow-up';
import type { CaseRecord } from './model';
import type { NotifyText } from './text/types';

export interface FollowUpNotificationText {
  readonly title: string;
  readonly message: string;
  readonly buttons: readonly [open: string, snooze: string];
}

export function followUpNotification(record: CaseRecord, now: number, text: NotifyText): FollowUpNotificationText {
  return {
    title: text.notificationTitle(record.id, caseMarketplaceLabel(record)),
    message: text.notificationBody(hoursSinceSent(record, now)),
    buttons: [text.notificationButtons.open, text.notificationButtons.snooze],
  };
}
