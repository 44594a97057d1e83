/**
 * The worker keeps the rating a page shows (entrypoints/background/rating-history.ts), from the
 * same reading that decides the verdict (readEvidence): one reading per marketplace day.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readEvidence } from '@/entrypoints/background/classify';
import { recordRating } from '@/entrypoints/background/rating-history';
import type { EvidenceText } from '@/lib/detect/classify';
import { ratingHistories } from '@/lib/storage/items/account-health';
import { ratingTrends } from '@/lib/storage/items/rating-trends';
import { packedLexicons } from '../../support/detector';

vi.mock('@/entrypoints/background/lexicons', () => ({
  loadLexicons: async (languages: readonly string[]) =>
    packedLexicons().filter((lexicon) => languages.includes(lexicon.language)),
}));

const widget = (rating: number): EvidenceText => ({
  text: `Account Health Rating ${rating}`,
  segments: [{ text: 'Account Health Rating', headline: true }],
  tone: 'neutral',
  rating: { rating, status: null, shown: String(rating) },
});
const TOKYO_EVENING_UTC = Date.UTC(2026, 11, 7, 20, 30);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('keeping the rating', () => {
  it('reads the rating with the verdict, and none on a help page', async () => {
    const shown = await readEvidence({ kind: 'account-health', languages: ['en'], evidence: [widget(150)] });
    expect(shown.rating).toEqual({ kind: 'one', reading: { rating: 150, status: 'at-risk' } });
    expect(shown.answer?.detection).toMatchObject({ state: 'at-risk', rating: 150 });
    const help = await readEvidence({ kind: 'help', languages: ['en'], evidence: [widget(150)] });
    expect(help.rating).toEqual({ kind: 'none' });
  });

  it('stores one reading per marketplace day, dated in the marketplace’s time zone', async () => {
    const { rating } = await readEvidence({ kind: 'account-health', languages: ['en'], evidence: [widget(150)] });
    await recordRating('JP', rating, TOKYO_EVENING_UTC);
    await recordRating('JP', { kind: 'one', reading: { rating: 120, status: 'at-risk' } }, TOKYO_EVENING_UTC + 60_000);
    await recordRating('GB', rating, TOKYO_EVENING_UTC);
    expect((await ratingHistories.item('JP').get()).days).toEqual([
      { day: '2026-12-08', at: TOKYO_EVENING_UTC + 60_000, rating: 120, status: 'at-risk' },
    ]);
    expect((await ratingHistories.item('GB').get()).days.map((d) => d.day)).toEqual(['2026-12-07']);
    // The Status row's summary follows the history.
    expect(await ratingTrends.item('JP').get()).toEqual({
      day: '2026-12-08',
      rating: 120,
      status: 'at-risk',
      recent: [120],
    });
  });

  it('keeps nothing from a page showing two ratings, and says why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rating } = await readEvidence({
      kind: 'account-health',
      languages: ['en'],
      evidence: [widget(150), widget(900)],
    });
    await recordRating('US', rating, TOKYO_EVENING_UTC);
    expect((await ratingHistories.item('US').get()).days).toEqual([]);
    expect(await ratingTrends.item('US').get()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('150 and 900'));
    warn.mockRestore();
  });
});
