/**
 * What the removal features keep in local storage (shapes in lib/removal/schemas.ts).
 * Disposal: the popup writes the entries, the background which reminders fired; two items, one
 * writer each, so neither clobbers the other. Seen orders: one item per marketplace
 * (`local:removal:seen:<marketplace code>`), so tabs on different marketplaces never overwrite
 * each other's lists.
 */

import type { Marketplace } from '@/lib/marketplaces';
import type { DisposalEntry, FiredReminders } from '@/lib/removal/disposal';
import { disposalEntriesSchema, firedRemindersSchema, seenOrdersSchema } from '@/lib/removal/schemas';
import { NO_SEEN_ORDERS, type SeenOrders } from '@/lib/removal/seen-orders';
import { defineItemFamily, defineValidatedItem, type ValidatedItem } from '../stored-item';

export const disposalEntriesItem = defineValidatedItem<{ readonly entries: readonly DisposalEntry[] }>({
  key: 'local:removal:disposal',
  schema: disposalEntriesSchema,
  fallback: { entries: [] },
  version: 1,
  backup: 'user-data',
  backupId: 'disposalDeadlines',
});

/** Which reminders already fired: bookkeeping of the background, rebuilt from the entries. */
export const firedRemindersItem = defineValidatedItem<FiredReminders>({
  key: 'local:removal:disposal-fired',
  schema: firedRemindersSchema,
  fallback: {},
  version: 1,
  backup: 'derived',
});

export const seenOrdersFamily = defineItemFamily<SeenOrders>({
  prefix: 'local:removal:seen:',
  schema: seenOrdersSchema,
  fallback: NO_SEEN_ORDERS,
  version: 1,
  backup: 'user-data',
  backupId: 'removalOrdersSeen',
});

/** Marketplaces sharing a code (the two Japanese hosts) share one list: they are one marketplace. */
export function seenOrdersItem(marketplace: Pick<Marketplace, 'code'>): ValidatedItem<SeenOrders> {
  return seenOrdersFamily.item(marketplace.code);
}
