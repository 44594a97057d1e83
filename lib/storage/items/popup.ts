/**
 * What the popup keeps between openings, this device only: what to show when it next opens
 * (set by the overlay's "open checklist" button), and the marketplace last picked by hand
 * (shared with the Plan of Action page). UI state, never backed up.
 */
import * as z from 'zod/mini';
import { type RememberedMarket, rememberedMarketSchema } from '@/lib/checklists/remembered-market';
import { type PopupIntent, popupIntentSchema } from '@/lib/popup-intent';
import { hostFieldToCode } from '../marketplace-values';
import { defineValidatedItem } from '../stored-item';

export const popupIntentItem = defineValidatedItem<PopupIntent | null>({
  key: 'local:popupIntent',
  schema: z.nullable(popupIntentSchema),
  fallback: null,
  version: 2,
  migrations: hostFieldToCode,
  backup: 'derived',
});

export const rememberedMarketItem = defineValidatedItem<RememberedMarket | null>({
  key: 'local:checklistMarket',
  schema: z.nullable(rememberedMarketSchema),
  fallback: null,
  version: 1,
  backup: 'derived',
});

export function rememberMarket(code: string, now = Date.now()): Promise<unknown> {
  return rememberedMarketItem.set({ code, at: Math.max(0, Math.floor(now)) });
}
