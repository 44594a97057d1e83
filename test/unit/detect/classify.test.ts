import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { PAGE_KINDS, type PageKind } from '@/lib/pages';
import { allLanguagesDetector } from '../../support/detector';

const matcher = allLanguagesDetector();
const ev = (...texts: string[]) => texts.map((text) => ({ text }));

const TEXT = {
  deactivated: 'Your Amazon seller account has been deactivated.',
  onHold: 'We have placed a hold on your disbursements.',
  verification: 'Verify your identity to keep selling.',
  review: 'Your account is under review.',
  atRisk: 'Your account is at risk of deactivation.',
};

describe('classify', () => {
  it('returns nothing when no evidence says anything about the account', () => {
    expect(classify([], 'account-health', matcher)).toBeNull();
    expect(classify(ev('Holiday shipping deadlines are coming up.', 'Healthy'), 'home', matcher)).toBeNull();
  });

  it("reports state, default severity, language, the notice's own words and the cues that decided", () => {
    expect(classify(ev(TEXT.review), 'account-health', matcher)).toEqual({
      state: 'under-review',
      severity: 'high',
      language: 'en',
      quote: 'Your account is under review.',
      cues: ['under review', 'account*'],
      source: 'notice',
      rating: null,
      weak: false,
    });
  });

  it.each(['help', 'forums'] as const)('never alarms on %s pages, whatever they quote', (kind) => {
    expect(classify(ev(TEXT.deactivated, 'Account Health Rating 20 Critical'), kind, matcher)).toBeNull();
  });

  it.each(PAGE_KINDS.filter((k) => k !== 'help' && k !== 'forums'))('alarms on %s pages', (kind: PageKind) => {
    expect(classify(ev(TEXT.onHold), kind, matcher)?.state).toBe('on-hold');
  });

  it.each([
    [[TEXT.atRisk, TEXT.deactivated], 'deactivated'],
    [[TEXT.verification, TEXT.onHold], 'on-hold'],
    [[TEXT.review, TEXT.verification], 'verification-required'],
    [[TEXT.atRisk, TEXT.review], 'under-review'],
    [[`${TEXT.review} ${TEXT.onHold}`], 'on-hold'],
  ] as const)('prefers the most severe state: %j gives %s', (texts, state) => {
    expect(classify(ev(...texts), 'account-health', matcher)?.state).toBe(state);
    expect(classify(ev(...[...texts].reverse()), 'account-health', matcher)?.state).toBe(state);
  });

  it('an Account Health Rating of 0-99 outranks an at-risk banner (same state, higher severity)', () => {
    const result = classify(ev(TEXT.atRisk, 'Account Health Rating 42 Critical'), 'account-health', matcher);
    expect(result).toMatchObject({
      state: 'at-risk',
      severity: 'critical',
      source: 'account-health-rating',
      rating: 42,
    });
    expect(result?.quote).toMatch(/^account health rating 42$/i);
  });

  it('a more severe state outranks a critical rating', () => {
    expect(classify(ev('Account Health Rating 42', TEXT.review), 'account-health', matcher)?.state).toBe(
      'under-review',
    );
  });

  it('a rating of 100-199 is an at-risk warning; 200 and above is nothing', () => {
    expect(classify(ev('Account Health Rating 150 At Risk'), 'account-health', matcher)).toMatchObject({
      state: 'at-risk',
      severity: 'warning',
      rating: 150,
    });
    expect(classify(ev('Account Health Rating 200 Healthy'), 'account-health', matcher)).toBeNull();
  });

  it('a rating labelled only by the acronym has no language', () => {
    expect(classify(ev('AHR: 80'), 'home', matcher)?.language).toBeNull();
  });

  it('on a tie the earlier evidence names the wording', () => {
    const result = classify(ev('Ditt konto granskas', TEXT.review), 'account-health', matcher);
    expect(result?.language).toBe('sv');
  });

  it('credits seller phrases to the seller', () => {
    // Wording no lexicon reads: only the seller's phrase can.
    const own = allLanguagesDetector([{ language: 'de', state: 'on-hold', text: 'Status Q7 aktiv' }]);
    expect(classify(ev('Hinweis: Status Q7 aktiv'), 'other', matcher)).toBeNull();
    expect(classify(ev('Hinweis: Status Q7 aktiv'), 'other', own)).toMatchObject({
      state: 'on-hold',
      source: 'seller',
      language: 'de',
    });
  });

  it('normalizes evidence text itself (raw DOM text in, typographic quotes and all)', () => {
    expect(classify(ev('Votre compte est en cours d’examen'), 'account-health', matcher)?.state).toBe('under-review');
  });
});
