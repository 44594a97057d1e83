/**
 * Hostile and odd input (issue #11 "Bad input"): 100 KB notices, mixed-language pages, RTL marks
 * and zero-width characters inside words, ratings in other digits, "1,000" and "—". Never an
 * exception, never a false alarm, and what can be read is read. (How long a pass takes is
 * measured by `npm run bench` in Chromium, not asserted here.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classify, type Detection } from '@/lib/detect/classify';
import { collectEvidence } from '@/lib/detect/evidence.dom';
import { allLanguagesDetector } from '../../support/detector';

const detector = allLanguagesDetector();

function page(html: string): Detection | null {
  document.body.innerHTML = html;
  return classify(collectEvidence(document, detector.ratingWords), 'account-health', detector);
}

afterEach(() => {
  document.body.replaceChildren();
});

const filler = (chars: number) =>
  'Seller Central keeps your listings, orders and reports in one place. '.repeat(Math.ceil(chars / 69)).slice(0, chars);

describe('bad input', () => {
  it('a 100 KB notice with nothing alarming says nothing', () => {
    expect(page(`<kat-alert variant="danger" description="${filler(100_000)}"></kat-alert>`)).toBeNull();
  });

  it('a 100 KB notice that opens with a deactivation reads it; one that buries it past what is read stays calm', () => {
    const notice = 'Your selling account has been deactivated.';
    expect(page(`<div class="a-alert a-alert-error">${notice} ${filler(100_000)}</div>`)?.state).toBe('deactivated');
    expect(() => page(`<div class="a-alert a-alert-error">${filler(100_000)} ${notice}</div>`)).not.toThrow();
  });

  it('a hundred thousand characters without a single space or stop', () => {
    expect(page(`<div role="alert">${'x'.repeat(100_000)}</div>`)).toBeNull();
    expect(page(`<div role="alert">${'账户'.repeat(50_000)}</div>`)).toBeNull();
  });

  it('zero-width characters, soft hyphens and bidi marks inside words', () => {
    const hidden = 'Your sel\u200bling ac\u00adcount has been de\u200factiv\u2060ated.';
    expect(page(`<div class="a-alert a-alert-error">${hidden}</div>`)?.state).toBe('deactivated');
    expect(page(`<div role="alert" dir="rtl">\u200fتم إلغاء \u200cتنشيط حسابك\u200f</div>`)?.state).toBe('deactivated');
  });

  it('a page in two languages reads each notice in its own', () => {
    const mixed = `<div class="a-alert a-alert-info">Welcome back to Seller Central.</div>
      <div class="a-alert a-alert-error">Ihr Verkäuferkonto wurde deaktiviert.</div>`;
    expect(page(mixed)).toMatchObject({ state: 'deactivated', language: 'de' });
  });

  it('a rating in Arabic-Indic digits, full-width digits, 1,000 and a dash', () => {
    const widget = (score: string) =>
      `<div class="card"><h3>Account Health Rating</h3><div class="score">${score}</div></div>`;
    expect(page(widget('١٥٠'))).toMatchObject({ state: 'at-risk', rating: 150 });
    expect(page(widget('８０'))).toMatchObject({ state: 'at-risk', severity: 'critical', rating: 80 });
    expect(page(widget('1,000'))).toBeNull();
    expect(page(widget('1.000'))).toBeNull();
    expect(page(widget('—'))).toBeNull();
    expect(page(widget('–'))).toBeNull();
  });

  it('markup that is not what it claims: unclosed tags, nested alerts, a score in a label', () => {
    expect(() => page('<div role="alert"><kat-alert><div class="a-alert"><p>Your account')).not.toThrow();
    expect(
      page('<div class="card"><h3>Account Health Rating</h3><span>Policy violations</span><span>3</span></div>'),
    ).toBeNull();
  });
});
