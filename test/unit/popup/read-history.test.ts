/**
 * The history view's readings are asked for when the seller clicks "History", before the view is
 * drawn (entrypoints/popup/history/read-history.ts): the view takes that read once, and a change
 * that lands in between is never hidden behind it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordRating } from '@/entrypoints/background/rating-history';
import { loadMarketplaceHistory, startHistoryRead } from '@/entrypoints/popup/history/read-history';

const DAY = 86_400_000;
const NOON = Date.UTC(2026, 11, 7, 12);
const ratingsOf = async (marketplace: 'US' | 'DE') =>
  (await loadMarketplaceHistory(marketplace)).ratings.days.map((day) => day.rating);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the history read started at the click', () => {
  it('is what the view gets first; the view reads afresh after it', async () => {
    await recordRating('US', { kind: 'one', reading: { rating: 150, status: 'at-risk' } }, NOON);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    startHistoryRead('US');
    const started = get.mock.calls.length;
    expect(started).toBeGreaterThan(0);
    await expect(ratingsOf('US')).resolves.toEqual([150]);
    expect(get.mock.calls.length).toBe(started);
    await expect(ratingsOf('US')).resolves.toEqual([150]);
    expect(get.mock.calls.length).toBeGreaterThan(started);
  });

  it('is dropped when the marketplace’s history changes before the view takes it', async () => {
    await recordRating('US', { kind: 'one', reading: { rating: 150, status: 'at-risk' } }, NOON);
    startHistoryRead('US');
    await recordRating('US', { kind: 'one', reading: { rating: 120, status: 'at-risk' } }, NOON + DAY);
    await expect(ratingsOf('US')).resolves.toEqual([150, 120]);
  });

  it('is never handed to another marketplace’s view', async () => {
    await recordRating('US', { kind: 'one', reading: { rating: 150, status: 'at-risk' } }, NOON);
    await recordRating('DE', { kind: 'one', reading: { rating: 250, status: 'healthy' } }, NOON);
    startHistoryRead('US');
    await expect(ratingsOf('DE')).resolves.toEqual([250]);
    await expect(ratingsOf('US')).resolves.toEqual([150]);
  });
});
