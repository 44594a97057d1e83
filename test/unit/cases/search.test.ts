import { caseUrl } from '@/lib/cases/case-url';
import { logEntryId } from '@/lib/cases/interactions';
import type { CaseDetail, LogEntry } from '@/lib/cases/model';
import { buildSearchIndex, foldForSearch, searchCases } from '@/lib/cases/search';
import { caseTextIn } from './case-text';
import { caseDetail, caseRecord, T0 } from './fixtures';

describe('case search', () => {
  const cases = [
    { record: caseRecord({ id: '10000000001', title: 'Ärende om spärrat konto', topic: 'account-hold' }) },
    {
      record: caseRecord({ id: '10000000002', title: 'Removal stuck', topic: 'removal-order' }),
      detail: caseDetail({ id: '10000000002', notes: 'Called on Tuesday' }),
    },
  ];

  it('matches id, title without accents, topic names, notes, and every word', () => {
    const index = buildSearchIndex(cases, caseTextIn('en'));
    expect(searchCases(index, '0002')).toEqual(['10000000002']);
    expect(searchCases(index, 'arende')).toEqual(['10000000001']);
    expect(searchCases(index, 'account on hold')).toEqual(['10000000001']);
    expect(searchCases(index, 'tuesday removal')).toEqual(['10000000002']);
    expect(searchCases(index, 'tuesday hold')).toEqual([]);
    expect(searchCases(index, '  ')).toEqual(['10000000001', '10000000002']);
  });

  it('folds ASCII text and other text alike: lower case, accents dropped', () => {
    const fullFold = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    expect(foldForSearch(ascii)).toBe(fullFold(ascii));
    expect(foldForSearch('Sent the INVOICE again')).toBe('sent the invoice again');
    expect(foldForSearch('Ärende ÅÄÖ ﬁ Ⅻ')).toBe(fullFold('Ärende ÅÄÖ ﬁ Ⅻ'));
    expect(foldForSearch('Ärende')).toBe('arende');
  });

  it('answers a keystroke in well under 16 ms with 500 cases and 5,000 log entries', () => {
    const many = Array.from({ length: 500 }, (_, i) => {
      const id = String(10_000_000_000 + i);
      const log: LogEntry[] = Array.from({ length: 10 }, (_, j) => {
        const entry = {
          at: T0 + j,
          direction: 'sent',
          channel: 'email',
          summary: `Message ${j} about listing ${i}`,
        } as const;
        return { ...entry, id: logEntryId(entry), updatedAt: T0 };
      });
      const detail: CaseDetail = caseDetail({ id, notes: 'n'.repeat(2_000), log });
      return { record: caseRecord({ id, title: `Case title ${i}` }), detail };
    });
    const index = buildSearchIndex(many, caseTextIn('en'));
    const started = performance.now();
    for (const query of ['l', 'li', 'lis', 'list', 'listing 4', 'listing 49']) searchCases(index, query);
    const perKeystroke = (performance.now() - started) / 6;
    expect(searchCases(index, 'listing 499')).toEqual(['10000000499']);
    expect(perKeystroke).toBeLessThan(16);
  });
});

describe('case URL', () => {
  it('opens the case on its own marketplace host', () => {
    expect(caseUrl({ id: '20424098481', marketplace: 'sellercentral.amazon.se' })).toBe(
      'https://sellercentral.amazon.se/cu/case-dashboard/view-case?caseID=20424098481',
    );
  });
});
