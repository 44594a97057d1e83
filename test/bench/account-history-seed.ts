/**
 * What a seller of several years has in storage for issue #18's bench rows: every marketplace
 * seen (26 hosts, 24 marketplaces), each with two years of daily Account Health Ratings, older
 * months summarized, and a state change every few weeks. Raw storage values, as the worker writes them.
 */
import { RATING_DAYS_KEPT } from '@/lib/account-health/limits';
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { PRIMARY_MARKETPLACES } from '@/lib/marketplaces';

const DAY = 86_400_000;

export function accountHistorySeed(now: number): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  const changes: unknown[] = [];
  PRIMARY_MARKETPLACES.forEach(({ code, host }, m) => {
    const days = Array.from({ length: RATING_DAYS_KEPT }, (_, i) => {
      const at = now - (RATING_DAYS_KEPT - i) * DAY;
      const rating = Math.max(0, Math.min(1000, Math.round(260 + 140 * Math.sin((i + m * 17) / 40))));
      return {
        day: new Date(at).toISOString().slice(0, 10),
        at,
        rating,
        status: rating >= 200 ? 'healthy' : rating >= 100 ? 'at-risk' : 'critical',
      };
    });
    const months = Array.from({ length: 36 }, (_, i) => ({
      month: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      days: 20,
      min: 150,
      max: 420,
      last: 300,
      lastStatus: 'healthy',
    }));
    seed[`ratingHistory:${code}`] = { days, months };
    for (let at = now - RATING_DAYS_KEPT * DAY, k = 0; at < now; at += 23 * DAY, k++)
      changes.push({ marketplace: code, state: k % 2 === 0 ? STATES_BY_SEVERITY[(m + k) % 5] : null, at });
    const state = m % 3 === 0 ? STATES_BY_SEVERITY[m % 5] : null;
    seed[`accountState:${code}`] = {
      marketplace: code,
      state,
      severity: state ? 'critical' : null,
      firstSeen: now - 40 * DAY,
      lastSeen: now - DAY,
      url: `https://${host}/performance/dashboard`,
      quote: state ? 'Your selling privileges have been removed.' : null,
    };
  });
  seed.accountStateHistory = changes;
  return seed;
}
