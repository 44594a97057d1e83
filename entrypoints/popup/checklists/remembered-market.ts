/**
 * The marketplace the seller last picked by hand, and when. It counts when it is newer than
 * what Seller Central last showed, or when nothing else says which marketplace they work on.
 * A UI preference: this device only.
 */
import * as z from 'zod/mini';
import { defineValidatedItem } from '@/lib/storage/validated-item';

export const rememberedMarketSchema = z.object({
  code: z.string().check(z.regex(/^[A-Z]{2}$/)),
  at: z.int().check(z.minimum(0)),
});
export type RememberedMarket = z.infer<typeof rememberedMarketSchema>;

export const rememberedMarketItem = defineValidatedItem<RememberedMarket | null>({
  key: 'local:checklistMarket',
  schema: z.nullable(rememberedMarketSchema),
  fallback: null,
  version: 1,
});

export function rememberMarket(code: string, now = Date.now()): Promise<unknown> {
  return rememberedMarketItem.set({ code, at: Math.max(0, Math.floor(now)) });
}
