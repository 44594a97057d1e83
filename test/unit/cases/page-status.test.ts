import { caseStatusFromPage } from '@/lib/cases/page-status';

describe('case status as Seller Central words it', () => {
  it.each([
    ['Pending Amazon Action', 'open'],
    ['Work in Progress', 'open'],
    ['Reopened', 'open'],
    ['Answered', 'answered'],
    ['Action required', 'needs-attention'],
    ['Pending seller action', 'needs-attention'],
    ['Resolved', 'resolved'],
    ['Closed', 'resolved'],
    ['Beantwortet', 'answered'],
    ['Handlung erforderlich', 'needs-attention'],
    ['Gelöst', 'resolved'],
    ['Besvarat', 'answered'],
    ['Åtgärd krävs', 'needs-attention'],
    ['Stängd', 'resolved'],
    ['In corso', 'open'],
    ['回答済み', 'answered'],
  ])('%s -> %s', (text, status) => {
    expect(caseStatusFromPage(text)).toBe(status);
  });

  it('gives null for text it does not know, empty text and nothing, so the saved status stays', () => {
    expect(caseStatusFromPage('Something new')).toBeNull();
    expect(caseStatusFromPage('   ')).toBeNull();
    expect(caseStatusFromPage(null)).toBeNull();
  });

  it('reads only the start of a hostile long text', () => {
    expect(caseStatusFromPage(`${'x'.repeat(300)} resolved`)).toBeNull();
  });
});
