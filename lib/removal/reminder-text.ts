/**
 * The words of a disposal reminder notification, from messages.json through a translator, so
 * the background decides nothing about wording and tests can read the real catalog.
 */

import { formatCalendarDate } from '@/lib/calendar';
import type { Translate } from '@/lib/i18n/translate';
import type { DisposalEntry, DueReminder } from './disposal';

export interface ReminderText {
  readonly title: string;
  readonly message: string;
}

/** "Disposal today" / "tomorrow" / "in N days", then what, how many and by when. */
export function reminderText(
  entry: Pick<DisposalEntry, 'sku' | 'quantity' | 'reason'>,
  reminder: Pick<DueReminder, 'daysLeft' | 'deadline'>,
  t: Translate,
  locale: string,
): ReminderText {
  const title =
    reminder.daysLeft <= 0
      ? t('removalReminderTitleToday')
      : reminder.daysLeft === 1
        ? t('removalReminderTitleTomorrow')
        : t('removalReminderTitle', reminder.daysLeft);
  const reason =
    entry.reason === 'recalled' ? t('removalDisposalReason_recalled') : t('removalDisposalReason_unsellable');
  const message = t(
    'removalReminderBody',
    entry.sku ?? t('removalNoSku'),
    entry.quantity,
    reason,
    formatCalendarDate(reminder.deadline, locale),
  );
  return { title, message };
}
