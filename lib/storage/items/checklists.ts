/**
 * Checklist progress in sync storage: one item per marketplace and checklist, so ticking on two
 * devices or in two checklists never clobbers another item. Shape in lib/checklists/progress-schema.ts.
 */
import { type ChecklistProgress, EMPTY_PROGRESS } from '@/lib/checklists/progress';
import { progressItemId, progressSchema } from '@/lib/checklists/progress-schema';
import type { ChecklistId } from '@/lib/checklists/types';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { defineItemFamily } from '../stored-item';

export const checklistProgressItems = defineItemFamily<ChecklistProgress>({
  prefix: 'sync:progress:',
  schema: progressSchema,
  fallback: EMPTY_PROGRESS,
  version: 1,
  backup: 'user-data',
  backupId: 'checklistProgress',
});

export function checklistProgressItem(marketplace: MarketplaceCode, checklist: ChecklistId) {
  return checklistProgressItems.item(progressItemId(marketplace, checklist));
}
