/**
 * Checklist progress as stored: one value per marketplace and checklist
 * (`sync:progress:SE:hold`; the item is in lib/storage/items/checklists.ts). A stored value
 * stays far below sync's 8,192 bytes per item: at most MAX_PROGRESS_ENTRIES ids of at most
 * 40 characters with a 13-digit time each (about 6 KB).
 */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';
import type { MarketplaceCode } from '@/lib/marketplaces';
import type { ChecklistId } from './types';

export const MAX_PROGRESS_ENTRIES = 100;

export const progressSchema = keepUnknown({
  done: z.record(z.string().check(z.minLength(1), z.maxLength(40)), z.int().check(z.minimum(0))).check(
    z.refine((done) => Object.keys(done).length <= MAX_PROGRESS_ENTRIES, {
      message: `at most ${MAX_PROGRESS_ENTRIES} ticked items`,
    }),
  ),
});

export function progressItemId(marketplace: MarketplaceCode, checklist: ChecklistId): string {
  return `${marketplace}:${checklist}`;
}
