import { verdictForReading, verdictForStatus, verdictForText } from '@/lib/removal/eligibility';

// Survivors of `npm run mutation` (issue #17): every status's exact verdict and reason, which the
// popup and the badges word from; each row fails on a mutant of the table or its guards.
describe('cancel eligibility: the whole table', () => {
  it.each([
    ['planning', 'cancellable', 'not-started'],
    ['pending', 'cancellable', 'not-started'],
    ['processing', 'cancellable-unconfirmed', 'processing-may-have-started'],
    ['in-process', 'cancellable-unconfirmed', 'processing-may-have-started'],
    ['completed', 'not-cancellable', 'already-completed'],
    ['cancelled', 'not-cancellable', 'already-cancelled'],
    ['shipped', 'not-cancellable', 'already-shipped'],
  ] as const)('%s: %s (%s), for a seller-initiated order by default', (status, eligibility, reason) => {
    expect(verdictForStatus(status)).toEqual({ eligibility, reason, status });
  });

  it.each([
    ['completed', 'already-completed'],
    ['cancelled', 'already-cancelled'],
    ['shipped', 'already-shipped'],
  ] as const)('an Amazon-initiated order that is %s keeps its own reason', (status, reason) => {
    expect(verdictForStatus(status, true)).toEqual({ eligibility: 'not-cancellable', reason, status });
  });

  it.each(['planning', 'pending', 'processing', 'in-process', null] as const)(
    'an Amazon-initiated order that is %s is not the seller’s to cancel',
    (status) => {
      expect(verdictForStatus(status, true)).toEqual({
        eligibility: 'not-cancellable',
        reason: 'amazon-initiated',
        status,
      });
    },
  );

  it('trusts a status the caller already looked up, even with no text beside it', () => {
    expect(verdictForReading('', 'planning', false)).toMatchObject({
      eligibility: 'cancellable',
      reason: 'not-started',
    });
    expect(verdictForReading('  ', null, false)).toEqual({ eligibility: 'unknown', reason: 'no-status', status: null });
    expect(verdictForReading('', null, true)).toMatchObject({ reason: 'amazon-initiated' });
  });

  it('reads the origin from the order type when the source is missing', () => {
    expect(verdictForText('Pending', { type: 'Required removal' })).toMatchObject({ reason: 'amazon-initiated' });
    expect(verdictForText('Pending', { source: null, type: null })).toMatchObject({ reason: 'not-started' });
  });
});
