/**
 * What classify reports for each kind of evidence, field by field: a notice, a seller's own
 * phrase, the rating read from text and from the widget; and what a healthy rating, a success
 * box and a headline without a subject change.
 */
import { describe, expect, it } from 'vitest';
import type { WidgetRating } from '@/lib/detect/ahr';
import { classify, type EvidenceText, evidenceOf } from '@/lib/detect/classify';
import { allLanguagesDetector } from '../../support/detector';

const OWN_PHRASE = 'Status Q7 active';
const detector = allLanguagesDetector([{ language: 'en', state: 'on-hold', text: OWN_PHRASE }]);
const read = (...evidence: EvidenceText[]) => classify(evidence, 'account-health', detector);
const widget = (rating: number | null, status: WidgetRating['status'], shown: string): WidgetRating => ({
  rating,
  status,
  shown,
});
const AT_RISK = 'Your account is at risk of deactivation.';

describe('the Account Health Rating', () => {
  it('read from text: its label, the number, its severity', () => {
    expect(read({ text: 'Account Health Rating 150 At Risk' })).toEqual({
      state: 'at-risk',
      severity: 'warning',
      language: 'en',
      quote: 'Account Health Rating 150',
      cues: ['Account Health Rating'],
      source: 'account-health-rating',
      rating: 150,
      weak: false,
    });
  });

  it('read from text with no number: the status word decides and is quoted', () => {
    expect(read({ text: 'Account Health Rating: At Risk' })).toMatchObject({
      severity: 'warning',
      quote: 'Account Health Rating at-risk',
      rating: null,
      weak: false,
    });
    expect(read({ text: 'Account Health Rating Critical' })).toMatchObject({
      severity: 'critical',
      quote: 'Account Health Rating critical',
    });
  });

  it("read from the widget: the widget's own reading, no language", () => {
    expect(read({ text: 'Account Health', rating: widget(80, 'critical', '80') })).toEqual({
      state: 'at-risk',
      severity: 'critical',
      language: null,
      quote: '80',
      cues: ['Account Health Rating'],
      source: 'account-health-rating',
      rating: 80,
      weak: false,
    });
    expect(read({ text: 'Account Health', rating: widget(null, 'at-risk', 'At Risk') })).toMatchObject({
      severity: 'warning',
      quote: 'At Risk',
      rating: null,
    });
  });

  it('a healthy rating silences at-risk wording beside it, in text or in the widget', () => {
    expect(read({ text: AT_RISK })?.state).toBe('at-risk');
    expect(read({ text: `Account Health Rating 250 Healthy. ${AT_RISK}` })).toBeNull();
    expect(read({ text: AT_RISK, rating: widget(250, 'healthy', '250') })).toBeNull();
  });

  it('a healthy rating never silences a worse state', () => {
    const deactivated = 'Your account has been deactivated.';
    expect(read({ text: deactivated, rating: widget(250, 'healthy', '250') })?.state).toBe('deactivated');
    expect(read({ text: `Account Health Rating 250 Healthy. ${deactivated}` })?.state).toBe('deactivated');
  });
});

describe("the seller's own phrase", () => {
  it('reports the phrase as quote and cue, firm', () => {
    expect(read({ text: `Notice: ${OWN_PHRASE}` })).toEqual({
      state: 'on-hold',
      severity: 'critical',
      language: 'en',
      quote: OWN_PHRASE,
      cues: [OWN_PHRASE],
      source: 'seller',
      rating: null,
      weak: false,
    });
  });

  it('counts in any box but a success box', () => {
    expect(read({ text: OWN_PHRASE, tone: 'info' })?.source).toBe('seller');
    expect(read({ text: OWN_PHRASE, tone: 'success' })).toBeNull();
  });
});

describe('headlines', () => {
  it('evidence without segments is body text: a bare state word there is no notice', () => {
    expect(read({ text: 'Deactivated', tone: 'error' })).toBeNull();
  });

  it('a bare state word as the headline of an error box is a weak reading', () => {
    expect(
      read({ text: 'Deactivated', tone: 'error', segments: [{ text: 'Deactivated', headline: true }] }),
    ).toMatchObject({ state: 'deactivated', weak: true, cues: ['deactivat*'] });
  });
});

describe('evidenceOf', () => {
  it('names the piece of evidence the winning detection came from', () => {
    const quiet = { text: 'Holiday shipping deadlines are coming up.' };
    const banner = { text: AT_RISK };
    const detection = read(quiet, banner);
    expect(detection && evidenceOf(detection)).toBe(banner);
  });
});
