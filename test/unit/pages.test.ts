import { describe, expect, it } from 'vitest';
import { caseIdFromUrl, isPageKind, isQuotingPage, PAGE_KINDS, pageContextOf, pageKindOf } from '@/lib/pages';
import { OTHER_EXAMPLES, PAGE_EXAMPLES } from '@/lib/pages.examples';

const RULE_KINDS = PAGE_KINDS.filter((k) => k !== 'other');

describe('page kinds', () => {
  for (const kind of RULE_KINDS) {
    for (const example of PAGE_EXAMPLES[kind]) {
      it(`${example} is ${kind} and nothing else`, () => {
        const url = new URL(example);
        for (const other of RULE_KINDS) expect(isPageKind(other, url), `${other}`).toBe(other === kind);
        expect(pageKindOf(example)).toBe(kind);
        expect(pageContextOf(example)?.kind).toBe(kind);
      });
    }
  }

  it('every kind but other has examples', () => {
    for (const kind of RULE_KINDS) expect(PAGE_EXAMPLES[kind].length).toBeGreaterThan(1);
  });

  it.each(OTHER_EXAMPLES)('%s matches no kind', (example) => {
    for (const kind of RULE_KINDS) expect(isPageKind(kind, new URL(example))).toBe(false);
    expect(pageKindOf(example)).toBe('other');
  });

  it.each([
    'https://www.amazon.com/performance/dashboard',
    'http://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.com.evil.example/home',
    'https://sellercentral.amazon.xx/home',
    'file:///home',
    'chrome://extensions',
  ])('%s is not a Seller Central page', (url) => {
    expect(pageContextOf(url)).toBeNull();
  });

  it.each(['', 'not a url', '::::', 'https://', 'https://[bad'])('malformed %j gives other and no context', (url) => {
    expect(pageKindOf(url)).toBe('other');
    expect(pageContextOf(url)).toBeNull();
  });

  it('reads case ids only from case URLs with digits', () => {
    expect(caseIdFromUrl('https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=20424098481')).toBe(
      '20424098481',
    );
    expect(caseIdFromUrl('https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=abc')).toBeNull();
    expect(caseIdFromUrl('https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=12')).toBeNull();
    expect(caseIdFromUrl('https://sellercentral.amazon.com/home?caseID=20424098481')).toBeNull();
    expect(caseIdFromUrl('nonsense')).toBeNull();
  });

  it('help and forums quote notices; nothing else does', () => {
    expect(PAGE_KINDS.filter(isQuotingPage)).toEqual(['help', 'forums']);
  });
});
