/**
 * What the popup should show when it next opens, set by the overlay's "open checklist" button.
 * Stored by lib/storage/items/popup.ts.
 */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';
import { CHECKLIST_IDS } from './checklists/types';

export const popupIntentSchema = keepUnknown({
  tab: z.literal('checklists'),
  checklist: z.enum(CHECKLIST_IDS),
  /** A marketplace code (v1 held the host). */
  marketplace: z.string(),
  at: z.number(),
});
export type PopupIntent = z.infer<typeof popupIntentSchema>;

/** An intent older than this is stale: the seller opened the popup for another reason. */
export const POPUP_INTENT_TTL_MS = 60_000;
