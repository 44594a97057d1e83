/** Which rating a page shows (lib/account-health/rating-on-page.ts), from what the worker reads. */
import { describe, expect, it } from 'vitest';
import { ratingOnPage } from '@/lib/account-health/rating-on-page';
import type { EvidenceText } from '@/lib/detect/classify';
import { allLanguagesDetector } from '../../support/detector';

const words = allLanguagesDetector().ratingWords;
const text = (value: string): EvidenceText => ({
  text: value,
  segments: [{ text: value, headline: false }],
  tone: 'neutral',
  rating: null,
});
const widget = (rating: number | null, status: 'healthy' | 'at-risk' | 'critical' | null): EvidenceText => ({
  ...text('Account Health Rating'),
  rating: { rating, status, shown: String(rating ?? status) },
});

describe('ratingOnPage', () => {
  it('takes the widget’s reading, else the rating written out', () => {
    expect(ratingOnPage([widget(150, 'at-risk')], words)).toEqual({
      kind: 'one',
      reading: { rating: 150, status: 'at-risk' },
    });
    expect(ratingOnPage([text('Account Health Rating (AHR): 250 Healthy')], words)).toEqual({
      kind: 'one',
      reading: { rating: 250, status: 'healthy' },
    });
  });

  it('joins a number and a status shown in two boxes', () => {
    expect(ratingOnPage([widget(120, null), widget(null, 'at-risk')], words)).toEqual({
      kind: 'one',
      reading: { rating: 120, status: 'at-risk' },
    });
  });

  it('keeps no reading from a page showing two different ratings', () => {
    expect(ratingOnPage([widget(150, 'at-risk'), text('Account Health Rating: 900')], words)).toEqual({
      kind: 'ambiguous',
      ratings: [150, 900],
    });
  });

  it('ignores a rating outside 0-1000 and pages without one', () => {
    expect(ratingOnPage([widget(1500, null)], words)).toEqual({ kind: 'none' });
    expect(ratingOnPage([widget(95, null)], words)).toEqual({
      kind: 'one',
      reading: { rating: 95, status: 'critical' },
    });
    expect(ratingOnPage([text('Your listing was removed.')], words)).toEqual({ kind: 'none' });
    expect(ratingOnPage([], words)).toEqual({ kind: 'none' });
  });
});
