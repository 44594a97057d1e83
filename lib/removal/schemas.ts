/**
 * The shapes of what the removal features keep: disposal deadlines, the reminders that fired,
 * and the removal orders seen per marketplace. Their items are in lib/storage/items/removal.ts.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '@/lib/calendar';
import { keepUnknown } from '@/lib/keep-unknown';
import { DISPOSAL_REASONS, MAX_DISPOSAL_ENTRIES, MAX_NOTE_LENGTH, REMINDER_DAYS_BEFORE } from './disposal';
import { MAX_ORDER_ID_LENGTH, MAX_SEEN_ORDERS, MAX_STATUS_HISTORY, MAX_STATUS_TEXT_LENGTH } from './seen-orders';
import { NORMALIZED_STATUSES } from './vocabulary';

const disposalEntrySchema = keepUnknown({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  since: z.string().check(z.refine(isCalendarDate, 'expected a YYYY-MM-DD date')),
  reason: z.enum(DISPOSAL_REASONS),
  sku: z.optional(z.string().check(z.maxLength(100))),
  fnsku: z.optional(z.string().check(z.maxLength(20))),
  quantity: z.int().check(z.minimum(1)),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  createdAt: z.number(),
  resolvedAt: z.optional(z.number()),
});

export const disposalEntriesSchema = keepUnknown({
  entries: z.array(disposalEntrySchema).check(z.maxLength(MAX_DISPOSAL_ENTRIES)),
});

const reminderDays = z.union(REMINDER_DAYS_BEFORE.map((days) => z.literal(days)));

export const firedRemindersSchema = z.record(z.string(), z.array(reminderDays));

const statusChangeSchema = keepUnknown({
  at: z.number(),
  text: z.string().check(z.maxLength(MAX_STATUS_TEXT_LENGTH)),
  status: z.nullable(z.enum(NORMALIZED_STATUSES)),
});

const seenOrderSchema = keepUnknown({
  orderId: z.string().check(z.minLength(1), z.maxLength(MAX_ORDER_ID_LENGTH)),
  statusText: z.string().check(z.maxLength(MAX_STATUS_TEXT_LENGTH)),
  status: z.nullable(z.enum(NORMALIZED_STATUSES)),
  amazonInitiated: z.boolean(),
  orderType: z.optional(z.string().check(z.maxLength(MAX_STATUS_TEXT_LENGTH))),
  firstSeen: z.number(),
  lastSeen: z.number(),
  history: z.array(statusChangeSchema).check(z.minLength(1), z.maxLength(MAX_STATUS_HISTORY)),
});

export const seenOrdersSchema = keepUnknown({
  orders: z.array(seenOrderSchema).check(z.maxLength(MAX_SEEN_ORDERS)),
});
