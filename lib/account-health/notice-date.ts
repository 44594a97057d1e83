/**
 * The day a Performance Notifications row gives its notification, read in the marketplace's
 * languages (month names from the browser's calendar data, lib/deadlines/dates.ts). A numeric
 * date with slashes is read in the order that marketplace writes it; where either order is
 * used, only a date no order can confuse (13/03/2026) is read. A date not read for certain is
 * null: the notification then keeps the day it was first seen.
 */
import { compileDates, type DateReader } from '@/lib/deadlines/dates';
import { normalizeText } from '@/lib/detect/normalize';
import { languagesOf, type MarketplaceCode, primaryMarketplace } from '@/lib/marketplaces';

type SlashOrder = 'mdy' | 'dmy' | 'either';
/** Seller Central in the United States writes 12/03/2026 for 3 December; Canada writes both orders. */
const SLASH_ORDER: Partial<Record<MarketplaceCode, SlashOrder>> = { US: 'mdy', CA: 'either' };
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

const readers = new Map<MarketplaceCode, DateReader>();

function readerFor(marketplace: MarketplaceCode): DateReader {
  let reader = readers.get(marketplace);
  if (!reader) {
    reader = compileDates([...languagesOf(primaryMarketplace(marketplace)), 'en']);
    readers.set(marketplace, reader);
  }
  return reader;
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
}

function slashedDay(text: string, order: SlashOrder): string | null {
  const match = SLASHED.exec(text);
  if (!match) return null;
  const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (order === 'either' && a <= 12 && b <= 12 && a !== b) return null;
  const monthFirst = order === 'mdy' || (order === 'either' && a <= 12 && b > 12);
  return monthFirst ? isoDay(year, a, b) : isoDay(year, b, a);
}

export function noticeDayOf(shown: string, marketplace: MarketplaceCode): string | null {
  const text = normalizeText(shown);
  const written = readerFor(marketplace)(text)[0];
  if (written) return written.day;
  return slashedDay(text, SLASH_ORDER[marketplace] ?? 'dmy');
}
