/**
 * Where seen removal orders are kept: local storage, one item per marketplace
 * (`local:removal:seen:<marketplace code>`), so tabs on different marketplaces never
 * overwrite each other's lists.
 */
import * as z from 'zod/mini';
import type { Marketplace } from '@/lib/marketplaces';
import { defineItemFamily, type ValidatedItem } from '@/lib/storage/validated-item';
import {
  MAX_ORDER_ID_LENGTH,
  MAX_SEEN_ORDERS,
  MAX_STATUS_HISTORY,
  MAX_STATUS_TEXT_LENGTH,
  NO_SEEN_ORDERS,
  type SeenOrders,
} from './seen-orders';
import { NORMALIZED_STATUSES } from './vocabulary';

const statusChangeSchema = z.object({
  at: z.number(),
  text: z.string().check(z.maxLength(MAX_STATUS_TEXT_LENGTH)),
  status: z.nullable(z.enum(NORMALIZED_STATUSES)),
});

const seenOrderSchema = z.object({
  orderId: z.string().check(z.minLength(1), z.maxLength(MAX_ORDER_ID_LENGTH)),
  statusText: z.string().check(z.maxLength(MAX_STATUS_TEXT_LENGTH)),
  status: z.nullable(z.enum(NORMALIZED_STATUSES)),
  amazonInitiated: z.boolean(),
  orderType: z.optional(z.string().check(z.maxLength(MAX_STATUS_TEXT_LENGTH))),
  firstSeen: z.number(),
  lastSeen: z.number(),
  history: z.array(statusChangeSchema).check(z.minLength(1), z.maxLength(MAX_STATUS_HISTORY)),
});

export const seenOrdersSchema = z.object({
  orders: z.array(seenOrderSchema).check(z.maxLength(MAX_SEEN_ORDERS)),
});

export const SEEN_ORDERS_PREFIX = 'local:removal:seen:';

export const seenOrdersFamily = defineItemFamily<SeenOrders>({
  prefix: SEEN_ORDERS_PREFIX,
  schema: seenOrdersSchema,
  fallback: NO_SEEN_ORDERS,
  version: 1,
});

/** Marketplaces sharing a code (the two Japanese hosts) share one list: they are one marketplace. */
export function seenOrdersItem(marketplace: Pick<Marketplace, 'code'>): ValidatedItem<SeenOrders> {
  return seenOrdersFamily.item(marketplace.code);
}
