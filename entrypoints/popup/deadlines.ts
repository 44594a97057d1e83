/**
 * The deadlines the Status tab shows, read and worded in a chunk of their own: few sellers have
 * one, so the popup's first load carries neither their storage item, the marketplaces' time
 * zones nor the calendar, only the few lines that draw what this returns.
 */
import { marketplaceDaysUntil } from '@/lib/account-health/time-zones';
import type { LastKnownState } from '@/lib/account-state/schemas';
import { formatCalendarDate } from '@/lib/calendar';
import { isMarketplaceCode } from '@/lib/marketplaces';
import { deadlines } from '@/lib/storage/items/deadlines';

export interface DeadlineView {
  /** YYYY-MM-DD in the marketplace's calendar. */
  readonly due: string;
  /** The day as the seller's language writes it ("Dec 24, 2026"). */
  readonly date: string;
  /** "in 17 days", "tomorrow", "2 days ago": counted in the marketplace's calendar. */
  readonly left: string;
  readonly daysLeft: number;
}

/**
 * Each marketplace's deadline, worded in `language` as of `now`: only one its current state came
 * with (a deadline outlives its state only until the worker hears the state has gone).
 */
export async function readDeadlineViews(
  language: string,
  states: readonly LastKnownState[],
  now: number,
): Promise<ReadonlyMap<string, DeadlineView>> {
  const stateOf = new Map(states.map((record) => [record.marketplace, record.state]));
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const views = new Map<string, DeadlineView>();
  for (const { id, value } of await deadlines.entries()) {
    if (!value || !isMarketplaceCode(id) || stateOf.get(id) !== value.state) continue;
    const daysLeft = marketplaceDaysUntil(value.due, now, id);
    views.set(id, {
      due: value.due,
      date: formatCalendarDate(value.due, language),
      left: relative.format(daysLeft, 'day'),
      daysLeft,
    });
  }
  return views;
}
