/**
 * The marketplace the seller last picked by hand, and when. It counts when it is newer than
 * what Seller Central last showed, or when nothing else says which marketplace they work on
 * (lib/checklists/market.ts). Stored by lib/storage/items/popup.ts.
 */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';

export const rememberedMarketSchema = keepUnknown({
  code: z.string().check(z.regex(/^[A-Z]{2}$/)),
  at: z.int().check(z.minimum(0)),
});
export type RememberedMarket = z.infer<typeof rememberedMarketSchema>;
