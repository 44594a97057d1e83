/**
 * Plan of Action drafts, autosaved per marketplace in local storage (`local:poa:SE`). Local,
 * not sync: a plan can be long, and a 100 KB paste must be saved whole.
 */

import type { MarketplaceCode } from '@/lib/marketplaces';
import { EMPTY_DRAFT, poaDraftSchema } from '@/lib/poa/draft';
import type { PoaDraft } from '@/lib/poa/types';
import { defineItemFamily } from '../stored-item';

export const poaDrafts = defineItemFamily<PoaDraft>({
  prefix: 'local:poa:',
  schema: poaDraftSchema,
  fallback: EMPTY_DRAFT,
  version: 1,
  backup: 'user-data',
  backupId: 'poaDraft',
});

export function poaDraftItem(marketplace: MarketplaceCode) {
  return poaDrafts.item(marketplace);
}
