import { marketFromSearch, searchWithMarket } from '@/entrypoints/poa/market-param';
import { SPAN_PREVIEW_CHARS, spanPreview } from '@/entrypoints/poa/span-text';
import { lintDelay } from '@/entrypoints/poa/usePoaLint';

describe('workspace URL', () => {
  it('reads a marketplace code or host, in any case', () => {
    expect(marketFromSearch('?market=SE')).toBe('SE');
    expect(marketFromSearch('?market=se')).toBe('SE');
    expect(marketFromSearch('?market=sellercentral-japan.amazon.com')).toBe('JP');
  });

  it('ignores what is not a marketplace', () => {
    expect(marketFromSearch('')).toBeNull();
    expect(marketFromSearch('?market=')).toBeNull();
    expect(marketFromSearch('?market=XX')).toBeNull();
    expect(marketFromSearch('?market=%3Cscript%3E')).toBeNull();
    expect(marketFromSearch(`?market=${'a'.repeat(300)}`)).toBeNull();
  });

  it('names another marketplace and keeps other parameters', () => {
    expect(searchWithMarket('?market=SE&x=1', 'DE')).toBe('?market=DE&x=1');
    expect(searchWithMarket('', 'FR')).toBe('?market=FR');
  });
});

describe('finding span preview', () => {
  it('shows the span as one line of text', () => {
    const text = 'Intro. We will\n  improve quality control. End.';
    const start = text.indexOf('We');
    const end = text.indexOf(' End');
    expect(spanPreview(text, start, end)).toBe('We will improve quality control.');
  });

  it('keeps markup as characters and clamps spans outside the text', () => {
    expect(spanPreview('<img src=x onerror=alert(1)>', 0, 999)).toBe('<img src=x onerror=alert(1)>');
    expect(spanPreview('abc', 5, 9)).toBe('');
  });

  it('shortens a long span without splitting an emoji', () => {
    const text = '👨‍👩‍👧 '.repeat(200);
    const preview = spanPreview(text, 0, text.length);
    expect(Array.from(preview).length).toBeLessThanOrEqual(SPAN_PREVIEW_CHARS);
    expect(preview.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(preview)).toBe(false);
  });
});

describe('lint delay', () => {
  it('waits longer for larger drafts', () => {
    expect(lintDelay(500)).toBeLessThan(lintDelay(20_000));
    expect(lintDelay(20_000)).toBeLessThan(lintDelay(100_000));
  });
});
