/**
 * Disposal deadlines in local storage. The popup writes the entries; the background writes
 * which reminders fired. Two items, one writer each, so neither clobbers the other.
 */
import * as z from 'zod/mini';
import { defineValidatedItem } from '@/lib/storage/validated-item';
import { isCalendarDate } from './calendar';
import {
  DISPOSAL_REASONS,
  type DisposalEntry,
  type FiredReminders,
  MAX_DISPOSAL_ENTRIES,
  MAX_NOTE_LENGTH,
  REMINDER_DAYS_BEFORE,
} from './disposal';

const disposalEntrySchema = z.object({
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

export const disposalEntriesSchema = z.object({
  entries: z.array(disposalEntrySchema).check(z.maxLength(MAX_DISPOSAL_ENTRIES)),
});

export const disposalEntriesItem = defineValidatedItem<{ readonly entries: readonly DisposalEntry[] }>({
  key: 'local:removal:disposal',
  schema: disposalEntriesSchema,
  fallback: { entries: [] },
  version: 1,
});

const reminderDays = z.union(REMINDER_DAYS_BEFORE.map((days) => z.literal(days)));

export const firedRemindersSchema = z.record(z.string(), z.array(reminderDays));

export const firedRemindersItem = defineValidatedItem<FiredReminders>({
  key: 'local:removal:disposal-fired',
  schema: firedRemindersSchema,
  fallback: {},
  version: 1,
});
