/**
 * The time zone each marketplace keeps its calendar in: a reading belongs to the marketplace's
 * day (a rating seen at 23:30 in Tokyo is that Tokyo day's, whatever the seller's clock says),
 * and a deadline a notice gives is a date there. Kept apart from lib/marketplaces.ts, which
 * every Seller Central page loads; only the worker and the popup need these.
 */

import type { MarketplaceCode } from '@/lib/marketplaces';

export const MARKETPLACE_TIME_ZONES: Readonly<Record<MarketplaceCode, string>> = {
  // Seller Central North America dates its reports in Pacific time.
  US: 'America/Los_Angeles',
  CA: 'America/Toronto',
  MX: 'America/Mexico_City',
  BR: 'America/Sao_Paulo',
  // The unified European account is held by Amazon EU S.à r.l. in Luxembourg.
  EU: 'Europe/Luxembourg',
  GB: 'Europe/London',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  NL: 'Europe/Amsterdam',
  SE: 'Europe/Stockholm',
  PL: 'Europe/Warsaw',
  BE: 'Europe/Brussels',
  IE: 'Europe/Dublin',
  TR: 'Europe/Istanbul',
  AE: 'Asia/Dubai',
  SA: 'Asia/Riyadh',
  EG: 'Africa/Cairo',
  IN: 'Asia/Kolkata',
  ZA: 'Africa/Johannesburg',
  SG: 'Asia/Singapore',
  AU: 'Australia/Sydney',
  JP: 'Asia/Tokyo',
};

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in a marketplace's time zone. lib/calendar.ts
 * (calendarDateIn) does the same for any zone; this short form keeps the history view from
 * loading the calendar, which the popup's first load pays for in preload lists (measured: 11
 * bytes over its 45 KB budget when it did).
 */
export function marketplaceDay(at: number, marketplace: MarketplaceCode): string {
  const timeZone = MARKETPLACE_TIME_ZONES[marketplace];
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(at)) parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole days from the marketplace's today to a day (YYYY-MM-DD): negative once it has passed. */
export function marketplaceDaysUntil(day: string, now: number, marketplace: MarketplaceCode): number {
  return Math.round((Date.parse(day) - Date.parse(marketplaceDay(now, marketplace))) / 86_400_000);
}
