/**
 * Checklist progress in sync storage: one item per marketplace and checklist
 * (`sync:progress:SE:hold`), so ticking on two devices or in two checklists never clobbers
 * another item. A stored value stays far below sync's 8,192 bytes per item: at most
 * MAX_PROGRESS_ENTRIES ids of at most 40 characters with a 13-digit time each (about 6 KB).
 */
import * as z from 'zod/mini';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { defineItemFamily } from '@/lib/storage/validated-item';
import { type ChecklistProgress, EMPTY_PROGRESS } from './progress';
import type { ChecklistId } from './types';

export const MAX_PROGRESS_ENTRIES = 100;

export const progressSchema = z.object({
  done: z.record(z.string().check(z.minLength(1), z.maxLength(40)), z.int().check(z.minimum(0))).check(
    z.refine((done) => Object.keys(done).length <= MAX_PROGRESS_ENTRIES, {
      message: `at most ${MAX_PROGRESS_ENTRIES} ticked items`,
    }),
  ),
});

export const checklistProgressItems = defineItemFamily<ChecklistProgress>({
  prefix: 'sync:progress:',
  schema: progressSchema,
  fallback: EMPTY_PROGRESS,
  version: 1,
});

export function progressItemId(marketplace: MarketplaceCode, checklist: ChecklistId): string {
  return `${marketplace}:${checklist}`;
}

export function checklistProgressItem(marketplace: MarketplaceCode, checklist: ChecklistId) {
  return checklistProgressItems.item(progressItemId(marketplace, checklist));
}
