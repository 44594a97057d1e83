/**
 * Which detection wins when several pieces of evidence agree on the state and its severity:
 * the rating's own reading over a banner, a notice with a subject over a weak one, and the first
 * seen when nothing tells them apart, in whichever order the page shows them.
 */
import { classify } from '@/lib/detect/classify';
import { allLanguagesDetector } from '../../support/detector';

const detector = allLanguagesDetector();
const BANNER = { text: 'Your account is at risk of deactivation.' };
const RATING = { text: 'Account Health Rating 150 At Risk' };
/** A threat read as a risk: weak (at-risk, not deactivated). */
const THREAT = { text: 'Your account will be deactivated if you do not respond.', tone: 'error' as const };

describe('ranking detections of the same state and severity', () => {
  it('the weak threat alone is an at-risk warning, weak', () => {
    expect(classify([THREAT], 'account-health', detector)).toMatchObject({
      state: 'at-risk',
      severity: 'warning',
      weak: true,
    });
  });

  it.each([
    ['banner first', [BANNER, RATING]],
    ['rating first', [RATING, BANNER]],
  ])("the rating's reading outranks an at-risk banner (%s)", (_, evidence) => {
    expect(classify(evidence, 'account-health', detector)).toMatchObject({
      source: 'account-health-rating',
      rating: 150,
    });
  });

  it.each([
    ['weak first', [THREAT, BANNER]],
    ['weak last', [BANNER, THREAT]],
  ])('a notice with its subject outranks a weak one (%s)', (_, evidence) => {
    expect(classify(evidence, 'account-health', detector)).toMatchObject({
      quote: BANNER.text,
      weak: false,
    });
  });

  it('between equals the first seen stays', () => {
    const other = { text: 'Your selling account is at risk of being deactivated.' };
    expect(classify([BANNER, other], 'account-health', detector)?.quote).toBe(BANNER.text);
    expect(classify([other, BANNER], 'account-health', detector)?.quote).toBe(other.text);
  });

  it('between two weak ones the first seen stays', () => {
    const other = { text: 'Your selling account will be deactivated unless you act.', tone: 'error' as const };
    expect(classify([other], 'account-health', detector)?.weak).toBe(true);
    expect(classify([THREAT, other], 'account-health', detector)?.quote).toBe(THREAT.text);
    expect(classify([other, THREAT], 'account-health', detector)?.quote).toBe(other.text);
  });

  it('a rating outranks a weak threat, in either order', () => {
    for (const evidence of [
      [THREAT, RATING],
      [RATING, THREAT],
    ])
      expect(classify(evidence, 'account-health', detector)?.source).toBe('account-health-rating');
  });
});
