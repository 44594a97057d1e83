/**
 * The time zone each marketplace keeps its calendar in: a reading belongs to the marketplace's
 * day (a rating seen at 23:30 in Tokyo is that Tokyo day's, whatever the seller's clock says),
 * and a deadline a notice gives is a date there. Kept apart from lib/marketplaces.ts, which
 * every Seller Central page loads; only the worker and the popup need these.
 */

import type { MarketplaceCode } from '@/lib/marketplaces';
import { zonedDay } from './zoned';

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

/** The calendar day (YYYY-MM-DD) an instant falls on in a marketplace's time zone. */
export function marketplaceDay(at: number, marketplace: MarketplaceCode): string {
  return zonedDay(at, MARKETPLACE_TIME_ZONES[marketplace]);
}
