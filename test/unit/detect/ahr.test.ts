import { describe, expect, it } from 'vitest';
import { assessRating, assessStatus, isAhrHeading, readAccountHealthRating } from '@/lib/detect/ahr';
import { allLanguagesDetector } from '../../support/detector';

const vocabulary = allLanguagesDetector().ratingWords;
const read = (text: string) => readAccountHealthRating(text, vocabulary);

describe('assessRating (0-1000)', () => {
  it.each([
    [0, 'critical'],
    [1, 'critical'],
    [99, 'critical'],
    [100, 'warning'],
    [150, 'warning'],
    [199, 'warning'],
  ] as const)('%i is at-risk with %s severity', (rating, severity) => {
    expect(assessRating(rating)).toEqual({ state: 'at-risk', severity });
  });

  it.each([200, 201, 968, 1000])('%i is healthy: nothing to report', (rating) => {
    expect(assessRating(rating)).toBeNull();
  });

  it.each([-1, 1001, 150.5, Number.NaN, Number.POSITIVE_INFINITY, -0.5])('%d is not a rating', (rating) => {
    expect(assessRating(rating)).toBeNull();
  });

  it('status words map to the same bands', () => {
    expect(assessStatus('critical')).toEqual({ state: 'at-risk', severity: 'critical' });
    expect(assessStatus('at-risk')).toEqual({ state: 'at-risk', severity: 'warning' });
    expect(assessStatus('healthy')).toBeNull();
  });
});

describe('readAccountHealthRating', () => {
  it.each([
    ['Account Health Rating 150 At Risk', 150, 'warning'],
    ['Account Health Rating (AHR): 99', 99, 'critical'],
    ['Account Health Rating\n100', 100, 'warning'],
    ['Account Health Rating ⟶ 199 at risk', 199, 'warning'],
    ['ACCOUNT HEALTH RATING 0 Critical', 0, 'critical'],
    ['Account Health Rating 50 / 1000', 50, 'critical'],
    ['AHR: 42 Unhealthy', 42, 'critical'],
    ['Bewertung des Kontozustands (AHR) 120 Gefährdet', 120, 'warning'],
    ['アカウント健全性評価：８０ 危険', 80, 'critical'],
  ] as const)('%j reads %i (%s)', (text, rating, severity) => {
    const reading = read(text);
    expect(reading?.rating).toBe(rating);
    expect(reading?.assessment?.severity).toBe(severity);
  });

  it.each([
    ['Account Health Rating: 968', 968],
    ['Account Health Rating 200 Healthy', 200],
    ['Account Health Rating 1,000', 1000],
    ['Account Health Rating 1.000', 1000],
    ['Account Health Rating 1 000', 1000],
  ] as const)('%j reads %i and reports nothing', (text, rating) => {
    const reading = read(text);
    expect(reading?.rating).toBe(rating);
    expect(reading?.assessment).toBeNull();
  });

  it.each([
    'Account Health Rating 0 - 1,000',
    'Account Health Rating 100-199 At Risk',
    'Account Health Rating At Risk 100–199',
    'Account Health Rating 3 policy violations',
    'Account Health Rating 15% of orders',
    'Account Health Rating 1001',
    'Account Health Rating 12345',
    'Account Health Rating 2.5',
    'What is the Account Health Rating? If it falls below 100, act.',
    'Your rating is 150',
    'Im Jahr 150 war alles anders',
    'Account Health Rating',
    '',
  ])('%j gives no reading at all', (text) => {
    expect(read(text)).toBeNull();
  });

  it('reads the status word when the widget shows no number', () => {
    expect(read('Account Health Rating At Risk')?.assessment).toEqual({ state: 'at-risk', severity: 'warning' });
    expect(read('Account Health Rating · Unhealthy')?.assessment).toEqual({ state: 'at-risk', severity: 'critical' });
    expect(read('Account Health Rating Healthy')).toMatchObject({ rating: null, status: 'healthy', assessment: null });
  });

  it('"unhealthy" is not read as "healthy", nor "kritiskt" cut to "kritisk"', () => {
    expect(read('Account Health Rating unhealthy')?.status).toBe('critical');
    expect(read('Kontohälsobetyg kritiskt')?.status).toBe('critical');
  });

  it('takes the number over a disagreeing status word', () => {
    expect(read('Account Health Rating 150 Healthy')?.assessment?.severity).toBe('warning');
  });

  it('when several ratings show (one per store), reports the most severe', () => {
    expect(read('Account Health Rating 950 Healthy. Account Health Rating 60 Critical.')?.rating).toBe(60);
  });

  it('names the label language, or none for the bare acronym', () => {
    expect(read('Account Health Rating 150')?.language).toBe('en');
    expect(read('AHR 150 at risk')?.language).toBeNull();
    expect(read('アカウント健全性評価 150')?.language).toBe('ja');
  });
});

describe('isAhrHeading', () => {
  it.each([
    'Account Health Rating',
    'Account Health Rating (AHR) ⓘ',
    'Account Health',
    'Bewertung des Kontozustands',
    'アカウント健全性評価',
  ])('%j names the rating', (text) => {
    expect(isAhrHeading(text, vocabulary)).toBe(true);
  });

  it.each(['AHR', 'What is AHR?', 'Health', 'x'.repeat(300), ''])('%j does not', (text) => {
    expect(isAhrHeading(text, vocabulary)).toBe(false);
  });
});
