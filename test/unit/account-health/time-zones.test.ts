/** Each marketplace's calendar (lib/account-health/time-zones.ts). */
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_TIME_ZONES, marketplaceDay } from '@/lib/account-health/time-zones';
import { PRIMARY_MARKETPLACES } from '@/lib/marketplaces';

describe('marketplace time zones', () => {
  it('names a real time zone for every marketplace', () => {
    for (const { code } of PRIMARY_MARKETPLACES) {
      const zone = MARKETPLACE_TIME_ZONES[code];
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), code).not.toThrow();
    }
    expect(Object.keys(MARKETPLACE_TIME_ZONES).sort()).toEqual(PRIMARY_MARKETPLACES.map((m) => m.code).sort());
  });

  it('dates an instant by the marketplace’s day, not the seller’s', () => {
    const lateUtc = Date.UTC(2026, 11, 7, 20, 30);
    expect(marketplaceDay(lateUtc, 'JP')).toBe('2026-12-08');
    expect(marketplaceDay(lateUtc, 'GB')).toBe('2026-12-07');
    expect(marketplaceDay(Date.UTC(2026, 11, 8, 5), 'US')).toBe('2026-12-07');
    // Across a clock change: 2026-03-29 02:30 does not exist in Berlin; the day is still right.
    expect(marketplaceDay(Date.UTC(2026, 2, 29, 0, 30), 'DE')).toBe('2026-03-29');
  });
});
