import type { SellerCentralLanguage } from '@/lib/lang/languages';

/**
 * How a Seller Central language says "by then" as a period from now (lib/lang/<code>/deadlines.ts).
 * Each phrase holds `{n}` once, where the number stands; `*` ends a word's stem (`day*` reads day
 * and days); a space matches any space or none (Japanese and Chinese write none). Phrases are
 * written as the seller reads them: they are normalized like page text before matching.
 *
 * Only calendar periods: "5 business days" is left out on purpose, since counting it as calendar
 * days would promise the seller more time than they have.
 */
export interface DeadlineWords {
  readonly language: SellerCentralLanguage;
  readonly days: readonly string[];
  readonly hours: readonly string[];
}
