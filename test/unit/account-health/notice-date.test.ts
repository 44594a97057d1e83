/** The date a Performance Notifications row gives (lib/account-health/notice-date.ts), read only when certain. */
import { describe, expect, it } from 'vitest';
import { noticeDayOf } from '@/lib/account-health/notice-date';

describe('notification dates', () => {
  it.each([
    ['Dec 3, 2026', 'US', '2026-12-03'],
    ['December 3, 2026 10:15 AM PST', 'US', '2026-12-03'],
    ['12/03/2026', 'US', '2026-12-03'],
    ['03/12/2026', 'GB', '2026-12-03'],
    ['3 Dec 2026', 'GB', '2026-12-03'],
    ['03.12.2026', 'DE', '2026-12-03'],
    ['3. Dezember 2026', 'DE', '2026-12-03'],
    ['3 décembre 2026', 'FR', '2026-12-03'],
    ['3 de diciembre de 2026', 'MX', '2026-12-03'],
    ['3 december 2026', 'SE', '2026-12-03'],
    ['3 grudnia 2026', 'PL', '2026-12-03'],
    ['2026/12/03', 'JP', '2026-12-03'],
    ['2026年12月3日', 'JP', '2026-12-03'],
    ['13/03/2026', 'CA', '2026-03-13'],
    ['03/13/2026', 'CA', '2026-03-13'],
  ] as const)('%s on %s is %s', (shown, marketplace, day) => {
    expect(noticeDayOf(shown, marketplace)).toBe(day);
  });

  it.each([
    ['03/04/2026', 'CA'],
    ['31/02/2026', 'GB'],
    ['13/13/2026', 'US'],
    ['yesterday', 'US'],
    ['', 'DE'],
  ] as const)('leaves %s on %s unread', (shown, marketplace) => {
    expect(noticeDayOf(shown, marketplace)).toBeNull();
  });
});
